// Table 1 (HAN 2018): endothelial VEGFR2 signalling instructs liver specification of ESC-derived endoderm (ref 32).
MATCH (:Molecule {name: 'VEGF'})-[:ACTIVATES]->(r:Molecule)-[:PART_OF]->(p:Pathway)-[:PROMOTES]->(m:Mechanism)-[:PROMOTES]->(c:CellType)
RETURN r.name AS receptor, p.name AS pathway, m.name AS process, c.name AS cell
