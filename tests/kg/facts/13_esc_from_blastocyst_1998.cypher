// Human ESC lines were first derived from blastocysts in 1998 (ref 16).
MATCH (:CellType {name: 'ESC'})-[r:DERIVED_FROM]->(s)
RETURN s.name AS source, r.evidence AS evidence, r.species AS species
ORDER BY source
