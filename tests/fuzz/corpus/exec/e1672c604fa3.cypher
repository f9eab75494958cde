MATCH p = (c:CellType {name: 'MSC'})-[r:SECRETES]->(m:Molecule {name: 'PGE2'})
RETURN labels(c) AS labels, type(r) AS type, keys(r) AS keys, startNode(r).name AS start,
       endNode(r).name AS `end`, length(p) AS length, size(nodes(p)) AS nodes,
       size(relationships(p)) AS rels, id(c) = id(startNode(r)) AS same_id
