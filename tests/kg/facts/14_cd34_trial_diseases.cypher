// Autologous CD34+ cells in 48 end-stage patients helped those with hepatitis C or autoimmune liver disease (ref 38).
MATCH (:CellType {name: 'CD34+ cell'})-[r:TREATS]->(d:Disease)
WHERE r.evidence = 'clinical'
RETURN d.name AS disease
ORDER BY disease
