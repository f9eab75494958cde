// MSC deliver an oncolytic adenovirus that improves antitumour efficacy in HCC (ref 67).
MATCH (:CellType {name: 'MSC'})-[:CARRIES]->(v:Intervention)-[r:TREATS]->(d:Disease)
RETURN v.name AS vector, d.name AS disease, r.evidence AS evidence
ORDER BY vector, disease
