// The HBV-related ACLF evidence: a 24-month prospective study (ref 56), a meta-analysis of 198 patients (ref 57) and a clinical trial in China (ref 58).
MATCH (a)-[r:TREATS]->(:Disease {name: 'HBV-related ACLF'})
WHERE r.model IS NOT NULL
RETURN a.name AS therapy, r.model AS model
ORDER BY therapy
