// For cirrhosis the review names liver stem cells, BMSC, AD-MSC, iPSC, HSC and ESC (ref 0).
MATCH (c:CellType)-[:INVESTIGATED_FOR]->(:Disease {name: 'liver cirrhosis'})
RETURN c.name AS cell
ORDER BY cell
