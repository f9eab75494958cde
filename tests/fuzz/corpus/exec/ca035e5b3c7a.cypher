MATCH (c:CellType) WHERE c.name IN ['MSC', 'hepatocyte']
OPTIONAL MATCH (c)-[:CARRIES]->(v)
RETURN c.name AS cell, v.name AS carries
ORDER BY cell
