// BMSC exosomes raise LC3 and Beclin-1, promoting autophagy in acute liver failure (ref 53).
MATCH (:Product {name: 'BMSC exosome'})-[:UPREGULATES]->(m:Molecule)-[:PROMOTES]->(x:Mechanism)
RETURN m.name AS protein, x.name AS process
ORDER BY protein, process
