// For autoimmune hepatitis the review names MSC and HSC, MSC working best (refs 60, 0).
MATCH (c:CellType)-[:INVESTIGATED_FOR]->(:Disease {name: 'autoimmune hepatitis'})
RETURN c.name AS cell
ORDER BY cell
