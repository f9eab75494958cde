// Each stem cell type and the cell-free products it yields: exosomes, vesicles, microvesicles, secretome and conditioned media (refs 0, 19-21, 35, 36, 41, 53, 61, 68, 69, 71, 100).
MATCH (c:CellType)-[r]-(p:Product)
WHERE type(r) IN ['SECRETES', 'DERIVED_FROM']
RETURN c.name AS cell, type(r) AS rel, p.name AS product
ORDER BY cell, product
