MATCH (c:CellType)-[r:INVESTIGATED_FOR]->(:Disease {name: 'autoimmune hepatitis'})
RETURN c.name AS cell, r.note AS note
ORDER BY cell
