// Three BMSC doses lowered serum ALT and AST, lymphocyte infiltration and inflammatory lesions in autoimmune hepatitis mice (ref 62).
MATCH (:CellType {name: 'BMSC'})-[r:DECREASES]->(p:Phenotype)
WHERE 62 IN r.refs
RETURN p.name AS finding
ORDER BY finding
