MATCH (a)-[r]->(p)
WHERE r.evidence = 'clinical' AND (56 IN r.refs OR 57 IN r.refs OR 58 IN r.refs)
RETURN a.name AS therapy, type(r) AS effect, p.name AS target, r.refs AS refs
ORDER BY therapy, effect, target
