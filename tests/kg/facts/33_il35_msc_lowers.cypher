// IL-35 gene-modified MSC lower FasL, IFN-gamma and active caspase-3 in hepatitis mice (ref 63).
MATCH (:CellType {name: 'IL-35-MSC'})-[:DOWNREGULATES]->(m:Molecule)
RETURN m.name AS molecule
ORDER BY molecule
