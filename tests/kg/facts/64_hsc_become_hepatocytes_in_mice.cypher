// HSC transplanted into liver-injured mice became viable hepatocytes and liver function normalised within 2-7 days (ref 37).
MATCH (:CellType {name: 'HSC'})-[r]->(x)
WHERE 37 IN r.refs AND type(r) IN ['DIFFERENTIATES_INTO', 'INCREASES']
RETURN type(r) AS rel, x.name AS target, r.species AS species, r.model AS model
ORDER BY rel
