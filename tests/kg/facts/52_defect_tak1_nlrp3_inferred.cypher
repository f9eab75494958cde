// PGE2 blocks TAK1 signalling and NLRP3 inflammasome activation side by side; TAK1 driving the inflammasome is the curator's inference (ref 54).
MATCH (:Pathway {name: 'TAK1 signalling'})-[r:ACTIVATES]->(p)
RETURN p.name AS target, r.inferred AS inferred, r.refs AS refs
ORDER BY target
