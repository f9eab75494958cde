// Links the curator derived rather than read (inferred: true): mediator-to-disease bridges, axis directions, effects tied to one of several named factors (refs 0, 20, 52-54, 61-63, 66).
MATCH (a)-[r]->(b)
WHERE r.inferred = true
RETURN a.name AS subject, type(r) AS rel, b.name AS object
ORDER BY subject, rel, object
