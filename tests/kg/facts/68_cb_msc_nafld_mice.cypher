// Compact bone MSC given twice intravenously (1x10^6 cells) reversed subcutaneous fat expansion and weakened NAFLD in high-fat-diet mice; ref 41 is cited for another study, so the evidence is the review's.
MATCH (:CellType {name: 'compact bone MSC'})-[r]->(x)
WHERE r.model IS NOT NULL
RETURN type(r) AS rel, x.name AS target, r.model AS model, r.evidence AS evidence
ORDER BY rel
