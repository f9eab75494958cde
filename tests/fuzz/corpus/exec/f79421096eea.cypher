MATCH p = shortestPath((:CellType {name: 'MSC'})-[*..4]->(:Disease {name: 'acute liver failure'}))
RETURN [n IN nodes(p) | n.name] AS chain
