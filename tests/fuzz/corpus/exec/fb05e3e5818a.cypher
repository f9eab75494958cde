MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'})
CALL kg.paths(c, d, {via: ['Mechanism', 'Molecule', 'Pathway'], maxHops: 4, sign: '-'})
YIELD path, chain, sign, score, evidence
RETURN chain, sign ORDER BY score DESC LIMIT 5
