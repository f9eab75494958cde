MATCH p = allShortestPaths((:CellType {name: 'MSC'})-[*..4]->(:Disease {name: 'acute liver failure'}))
WHERE none(r IN relationships(p) WHERE type(r) = 'TREATS')
RETURN [n IN nodes(p) | n.name] AS chain
ORDER BY chain
