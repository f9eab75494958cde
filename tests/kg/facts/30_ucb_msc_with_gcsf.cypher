// Cord blood MSC were combined with G-CSF in rats with acute liver failure (ref 52).
MATCH (:CellType {name: 'UCB-MSC'})-[r:COMBINED_WITH]->(i:Intervention)
RETURN i.name AS partner, r.species AS species
ORDER BY partner
