// Treatments backed by clinical evidence in the graph; those resting on refs 46, 47 or 55 alone are the review's word, not clinical (refs 6, 11, 17, 38, 48-50, 56-58, 100).
MATCH (a)-[r:TREATS]->(d:Disease)
WHERE r.evidence = 'clinical'
RETURN a.name AS therapy, d.name AS disease
ORDER BY therapy, disease
