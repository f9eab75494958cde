// Liver stem cells give hepatocytes, cholangiocytes, oval cells and progenitor-like cells (refs 23, 25).
MATCH (:CellType {name: 'HpSC'})-[:DIFFERENTIATES_INTO]->(c:CellType)
RETURN c.name AS fate
ORDER BY fate
