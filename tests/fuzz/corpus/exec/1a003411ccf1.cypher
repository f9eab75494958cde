MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'})
CALL kg.paths(c, d, {via: ['Molecule'], sign: '-', limit: 1}) YIELD path, score
RETURN [n IN nodes(path) | n.name] AS steps, length(path) AS hops, score
