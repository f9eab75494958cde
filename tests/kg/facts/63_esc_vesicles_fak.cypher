// ESC release extracellular vesicles that activate FAK and so keep ESC stemness (ref 35 title).
MATCH (:CellType {name: 'ESC'})-[:SECRETES]->(v:Product)-[:ACTIVATES]->(k:Molecule)-[:PROMOTES]->(m:Mechanism)
RETURN v.name AS vesicles, k.name AS kinase, k.xrefs AS kinase_xrefs, m.name AS effect
