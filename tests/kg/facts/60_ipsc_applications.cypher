// iPSC have been applied to NAFLD, alcoholic liver disease, viral hepatitis and cirrhosis (section 2.2.3) and are a candidate for liver failure (section 2.3.3); both stated without a citation.
MATCH (:CellType {name: 'iPSC'})-[r:TREATS]->(d:Disease)
WHERE r.refs = [0]
RETURN d.name AS disease
ORDER BY disease
