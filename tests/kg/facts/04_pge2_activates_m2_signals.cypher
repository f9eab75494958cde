// PGE2 from MSC drives M2 polarisation through STAT6 and mTOR signalling (ref 54).
MATCH (:Molecule {name: 'PGE2'})-[:ACTIVATES]->(p:Pathway)-[:PROMOTES]->(m:Mechanism)
RETURN p.name AS pathway, m.name AS effect
ORDER BY pathway, effect
