// Figure 3: who reported each milestone and when, from the cited reference (refs 11-17).
MATCH (a)-[r]->(b)
WHERE r.note STARTS WITH 'Timeline'
UNWIND r.refs AS n
WITH a, r, b, n WHERE n >= 11 AND n <= 17
MATCH (ref:Reference {number: n})
RETURN ref.year AS year, ref.number AS ref, split(ref.authors, ',')[0] AS first_author, a.name AS subject, type(r) AS rel, b.name AS object
ORDER BY year, ref, subject, rel
