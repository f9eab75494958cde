MATCH (a)-[r]->(b)
WHERE r.caveat IS NOT NULL AND r.caveat CONTAINS 'Ref'
RETURN r.refs AS refs, a.name AS subject, type(r) AS rel, b.name AS object, r.caveat AS caveat
ORDER BY subject, rel, object
