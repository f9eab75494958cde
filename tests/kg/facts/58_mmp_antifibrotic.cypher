// MSC express matrix metalloproteinases, which are anti-fibrotic and lower collagen deposition (section 2.2.1, Figure 4).
MATCH (:CellType {name: 'MSC'})-[:EXPRESSES]->(m:Molecule {name: 'MMPs'})-[r]->(x)
RETURN type(r) AS rel, x.name AS target
ORDER BY rel, target
