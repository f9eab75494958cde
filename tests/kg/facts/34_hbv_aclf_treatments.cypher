// Treatments studied in HBV-related acute-on-chronic liver failure (refs 56-58).
MATCH (a)-[r:TREATS]->(:Disease {name: 'HBV-related ACLF'})
RETURN a.name AS therapy, r.evidence AS evidence
ORDER BY therapy
