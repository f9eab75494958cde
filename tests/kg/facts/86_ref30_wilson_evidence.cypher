// Ref 30 reports two iPSC lines from a Wilson disease patient's blood cells; in-vitro evidence stays only on the lines, the ATP7B link and disease modelling (with ref 26).
MATCH (a)-[r]->(b)
WHERE 30 IN r.refs AND r.evidence = 'in_vitro'
RETURN a.name AS subject, type(r) AS rel, b.name AS object
ORDER BY subject, rel
