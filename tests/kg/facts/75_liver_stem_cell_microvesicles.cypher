// Microvesicles from adult liver stem cells deliver microRNA that holds back HCC growth and triggers apoptosis (ref 68).
MATCH (:CellType {name: 'HpSC'})-[:SECRETES]->(v:Product)-[r]->(x)
WHERE type(r) <> 'SUBTYPE_OF'
RETURN v.name AS vesicles, type(r) AS rel, x.name AS target
ORDER BY rel, target
