// BMSC exosomal miR-223 lowers NLRP3 and caspase-1 in experimental autoimmune hepatitis (ref 61).
MATCH (:Product {name: 'BMSC exosome'})-[:CARRIES]->(:Molecule {name: 'miR-223'})-[:DOWNREGULATES]->(t:Molecule)
RETURN t.name AS target
ORDER BY target
