// Human ESC-derived hepatocyte-like cells repaired injured mouse livers directly by cell replacement and indirectly by trophic support (ref 33, Table 1 WOO 2012).
MATCH (:CellType {name: 'hESC-derived hepatocyte-like cell'})-[r:ACTS_VIA]->(m:Mechanism)
RETURN m.name AS way, r.context AS context, r.model AS model
ORDER BY way
