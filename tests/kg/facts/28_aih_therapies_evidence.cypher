// Therapies for autoimmune hepatitis in the graph and their evidence level (refs 0, 60-63).
MATCH (a)-[r:TREATS]->(:Disease {name: 'autoimmune hepatitis'})
RETURN a.name AS therapy, r.evidence AS evidence
ORDER BY therapy, evidence
