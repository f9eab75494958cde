MATCH (c:CellType {name: 'MSC'})-[:SECRETES]->(m:Molecule)
RETURN m.name AS molecule
ORDER BY molecule
LIMIT 5
