// Activated stellate cells become myofibroblast-like cells whose matrix builds fibrosis, which progresses to cirrhosis and liver failure (ref 4, introduction).
MATCH (:CellType {name: 'hepatic stellate cell'})-[:DIFFERENTIATES_INTO]->(m:CellType)-[:SECRETES]->(x:Molecule)-[:PROMOTES]->(f:Disease {name: 'liver fibrosis'})-[:CAUSES]->(d:Disease)
RETURN m.name AS cell, x.name AS matrix, d.name AS outcome
ORDER BY outcome
