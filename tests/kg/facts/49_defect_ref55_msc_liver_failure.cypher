// MSC improving liver failure rests on ref 55 (PDE5 inhibitors) and so on the review alone; the liver-function gain is clinical through the ref 57 meta-analysis.
MATCH (:CellType {name: 'MSC'})-[r]->(x)
WHERE 55 IN r.refs
RETURN type(r) AS rel, x.name AS target, r.evidence AS evidence, r.refs AS refs
ORDER BY rel, target
