// IL-35-modified MSC were tested in ConA-induced fulminant hepatitis, which the review presents under autoimmune hepatitis (ref 63).
MATCH (:CellType {name: 'IL-35-MSC'})-[r:TREATS]->(d:Disease)
RETURN d.name AS disease, r.context AS context, r.model AS model
ORDER BY disease
