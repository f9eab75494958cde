// The decompensated cirrhosis trial (ref 48) used haematopoietic stem cells; the review text says hepatic stellate cells, recorded as a caveat.
MATCH (c:CellType)-[r:TREATS]->(:Disease {name: 'decompensated cirrhosis'})
RETURN c.name AS cell, r.evidence AS evidence, r.caveat IS NOT NULL AS has_caveat
ORDER BY cell
