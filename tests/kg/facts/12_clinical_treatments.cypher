// Treatments backed by clinical evidence in the graph (refs 6, 11, 17, 38, 46-50, 55-58, 100).
MATCH (a)-[r:TREATS]->(d:Disease)
WHERE r.evidence = 'clinical'
RETURN a.name AS therapy, d.name AS disease
ORDER BY therapy, disease
