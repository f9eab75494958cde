MATCH (c:CellType {name: 'HSC'})-[r]->(d:Disease)
RETURN DISTINCT type(r), d.name AS disease
ORDER BY disease
LIMIT 3
