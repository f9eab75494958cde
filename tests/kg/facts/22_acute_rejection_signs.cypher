// Diarrhoea, jaundice and skin rash are the signs of acute rejection the review lists (ref 0).
MATCH (p:Phenotype)-[:MARKER_OF]->(:Phenotype {name: 'acute rejection'})
RETURN p.name AS sign
ORDER BY sign
