// MSC-secreted PGE2 blocks TAK1 signalling and NLRP3 inflammasome activation in acute liver failure mice (ref 54).
MATCH (:CellType {name: 'MSC'})-[:SECRETES]->(:Molecule {name: 'PGE2'})-[r:INHIBITS]->(t)
RETURN t.name AS target, r.species AS species
ORDER BY target
