EXPLAIN MATCH (c:CellType {name: 'MSC'})-[:SECRETES]->(m)
WITH m, count(*) AS n
RETURN m.name, n ORDER BY n DESC LIMIT 3
