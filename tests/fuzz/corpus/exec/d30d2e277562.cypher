MATCH (c:CellType)
WHERE EXISTS { (c)-[:TREATS]->(:Disease {name: 'liver fibrosis'}) }
RETURN c.name AS cell, COUNT { (c)-[:TREATS]->() } AS diseases,
       COLLECT { MATCH (c)-[:SECRETES]->(m) RETURN m.name ORDER BY m.name LIMIT 2 } AS secretes
ORDER BY diseases DESC, cell LIMIT 3
