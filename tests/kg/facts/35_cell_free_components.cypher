// The cell-free approach uses exosomes, conditioned media and the MSC secretome (refs 20, 100).
MATCH (p:Product)-[:PART_OF]->(:Intervention {name: 'cell-free therapy'})
RETURN p.name AS product
ORDER BY product
