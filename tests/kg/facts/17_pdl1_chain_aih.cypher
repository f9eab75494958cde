// BMSC raise PD-L1, which interferes with PI3K activation and Akt phosphorylation, curbing T-cell proliferation in AIH mice (ref 62).
MATCH (:CellType {name: 'BMSC'})-[:UPREGULATES]->(:Molecule {name: 'PD-L1'})-[:INHIBITS]->(k)-[:ACTIVATES]->(a)-[:PROMOTES]->(x)-[:PROMOTES]->(d:Disease)
RETURN k.name AS blocked, a.name AS kinase, x.name AS process, d.name AS disease
ORDER BY blocked, kinase, process, disease
