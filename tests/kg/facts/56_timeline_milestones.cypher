// Figure 3 timeline: 1992 MITO, 1998 THOMSON, 2000 ALISON, 2002 THEISE, 2005 AM ESCH, 2006 Yamanaka, 2014 consensus (refs 11-17).
MATCH (a)-[r]->(b)
WHERE r.note STARTS WITH 'Timeline'
RETURN substring(r.note, 9, 4) AS year, r.refs AS refs, a.name AS subject, type(r) AS rel, b.name AS object
ORDER BY year
