// For liver cancer the review names MSC, liver cancer stem cells, iPSC and HSC (ref 0).
MATCH (c:CellType)-[:INVESTIGATED_FOR]->(:Disease {name: 'hepatocellular carcinoma'})
RETURN c.name AS cell
ORDER BY cell
