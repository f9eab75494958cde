// Portal vein delivery: CD133+ marrow cells in 2005, human AD-MSC in NAFLD mice, and an alternative route in liver failure (refs 13, 40, 0).
MATCH (a)-[r]->(b)
WHERE r.route = 'portal vein'
RETURN a.name AS source, type(r) AS rel, b.name AS target
ORDER BY source, rel, target
