// AD-MSC relieved NAFLD and other obesity-related complications in obese mice, not obesity itself (ref 40, Table 2).
MATCH (:CellType {name: 'AD-MSC'})-[r:TREATS]->(d:Disease)
RETURN d.name AS disease, r.model AS model
ORDER BY disease
