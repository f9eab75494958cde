// No relationship claims clinical evidence from refs 47 or 55 unless that ref (or another cited one) supports it.
MATCH (a)-[r]->(b)
WHERE r.evidence = 'clinical' AND (47 IN r.refs OR 55 IN r.refs)
RETURN a.name AS subject, type(r) AS rel, b.name AS object, r.refs AS refs
ORDER BY subject, rel, object
