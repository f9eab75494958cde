// Autologous adipose regenerative cells raised serum albumin and prothrombin activity in cirrhosis patients (refs 46, 49).
MATCH (:CellType {name: 'ADRC'})-[r:INCREASES]->(p:Phenotype)
RETURN p.name AS marker, r.evidence AS evidence
ORDER BY marker
