MATCH (m:Molecule {name: 'PGE2'})-[r:INHIBITS|ACTIVATES]-(x)
RETURN type(r) AS effect, x.name AS target
ORDER BY effect, target
