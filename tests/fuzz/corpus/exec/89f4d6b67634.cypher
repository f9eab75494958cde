MATCH (a)-[r]->(d:Disease)
WHERE r.route IS NOT NULL
RETURN r.route AS route, a.name AS therapy, d.name AS disease, r.evidence AS evidence, r.refs AS refs
ORDER BY route, therapy
