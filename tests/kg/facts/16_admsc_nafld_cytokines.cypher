// Human AD-MSC lower serum TNF-alpha and IL-6 in high-fat-diet NAFLD mice (ref 40).
MATCH (:CellType {name: 'AD-MSC'})-[r:DOWNREGULATES]->(m:Molecule)
RETURN m.name AS cytokine, r.species AS species
ORDER BY cytokine
