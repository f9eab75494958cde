MATCH (m:Molecule {name: 'PGE2'})
CREATE (e:Product {name: 'PGE2-primed exosome'})-[:CARRIES {evidence: 'in_vitro'}]->(m)
RETURN e.name AS product
