// Autologous adipose regenerative cells raised serum albumin and prothrombin activity in cirrhosis patients; the longer liver-function gain rests on the review (ref 46 is a protocol) (refs 46, 49).
MATCH (:CellType {name: 'ADRC'})-[r:INCREASES]->(p:Phenotype)
RETURN p.name AS marker, r.evidence AS evidence
ORDER BY marker
