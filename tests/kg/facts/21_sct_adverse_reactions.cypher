// Stem cell transplantation can bring acute rejection (diarrhoea, jaundice, rash) and graft-versus-host reactions (ref 0, section 3 / abstract).
MATCH (:Intervention {name: 'stem cell transplantation'})-[:ADVERSE_EFFECT]->(p:Phenotype)
RETURN p.name AS reaction
ORDER BY reaction
