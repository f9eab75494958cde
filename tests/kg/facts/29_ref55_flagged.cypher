// Ref 55 (PDE5 inhibitors and glucose metabolism) does not match the MSC liver failure statement it supports and is flagged (ref 55).
MATCH (a)-[r]->(b)
WHERE 55 IN r.refs
RETURN a.name AS subject, type(r) AS rel, b.name AS object, r.caveat IS NOT NULL AS flagged
ORDER BY subject, rel, object
