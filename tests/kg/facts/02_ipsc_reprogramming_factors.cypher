// Oct3/4, Sox2, KLF4 and c-Myc reprogram fibroblasts into iPSC (refs 12, 27).
MATCH (m:Molecule)-[:INDUCES]->(:CellType {name: 'iPSC'})
RETURN m.name AS factor
ORDER BY factor
