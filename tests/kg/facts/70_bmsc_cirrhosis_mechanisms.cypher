// Transplanted BMSC block stellate cell activation, regulate immunity, break down collagen fibres and promote hepatocyte regeneration in cirrhosis (refs 44, 45).
MATCH (:CellType {name: 'BMSC'})-[r]->(m:Mechanism)
WHERE 'dis:cirrhosis' IN r.context
RETURN type(r) AS rel, m.name AS mechanism
ORDER BY rel, mechanism
