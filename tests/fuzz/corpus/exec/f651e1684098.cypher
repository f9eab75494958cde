MATCH p = (:CellType {name: 'iPSC'})-[:SUBTYPE_OF*1..3]->(t)
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS hops
ORDER BY hops
