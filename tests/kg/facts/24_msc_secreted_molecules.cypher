// MSC secrete HGF, IL-10 and NGF (Figure 4, ref 20) and PGE2 (ref 54).
MATCH (:CellType {name: 'MSC'})-[:SECRETES]->(m:Molecule)
RETURN m.name AS factor
ORDER BY factor
