// MSC improve fibrosis by curbing hepatocyte EMT, collagen production and angiogenesis; the finding is stated for fibrosis (ref 22).
MATCH (:CellType {name: 'MSC'})-[r]->(x)
WHERE 22 IN r.refs AND r.context IS NOT NULL
RETURN type(r) AS rel, x.name AS target, r.context AS context
ORDER BY rel, target
