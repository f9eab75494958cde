PROFILE MATCH (c:CellType)-[:INVESTIGATED_FOR]->(d:Disease) RETURN d.name, count(c) AS cells ORDER BY cells DESC LIMIT 2
