// Ref 47 reports bone marrow stem cells contributing to alcoholic fibrosis; the BMSC benefit the review cites it for is not clinical evidence (refs 45, 47, 62).
MATCH (a)-[r]->(b)
WHERE 47 IN r.refs
RETURN a.name AS subject, type(r) AS rel, b.name AS object, r.evidence AS evidence
ORDER BY subject, rel, object
