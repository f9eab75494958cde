MATCH (c:CellType {name: 'MSC'})-[:TREATS]->(d:Disease)
CALL kg.paths(c, d, {via: ['Mechanism', 'Molecule', 'Pathway'], maxHops: 3, sign: '-', limit: 100})
YIELD chain, score
RETURN d.name AS disease, count(chain) AS chains, max(score) AS best ORDER BY best DESC, disease LIMIT 4
