// ESC face ethical controversy and immune rejection, which iPSC avoid (refs 29, 35).
MATCH (:CellType {name: 'ESC'})-[r]->(p:Phenotype)
RETURN type(r) AS rel, p.name AS issue
ORDER BY rel, issue
