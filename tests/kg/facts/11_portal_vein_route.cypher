// Portal vein delivery: CD133+ marrow cells in 2005 and human AD-MSC in NAFLD mice (refs 13, 40).
MATCH (a)-[r]->(b)
WHERE r.route = 'portal vein'
RETURN a.name AS source, type(r) AS rel, b.name AS target
ORDER BY source, rel, target
