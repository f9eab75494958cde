MATCH (c:CellType)-[:INVESTIGATED_FOR]->(d:Disease)
WITH d, count(c) AS cells
WHERE cells >= 3
RETURN d.name AS disease, cells
ORDER BY cells DESC, disease
