// Exosomal miR-15a from MSC lowers SALL4 and so slows hepatocellular carcinoma (ref 70).
MATCH (:Product {name: 'MSC exosome'})-[:CARRIES]->(:Molecule {name: 'miR-15a'})-[:DOWNREGULATES]->(t)-[:PROMOTES]->(d:Disease)
RETURN t.name AS target, d.name AS disease
ORDER BY target, disease
