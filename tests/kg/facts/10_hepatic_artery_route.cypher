// Cells infused through the hepatic artery: adipose regenerative cells in cirrhosis and UC-MSC in HBV-related ACLF (refs 46, 56).
MATCH (a)-[r:TREATS]->(d:Disease)
WHERE r.route = 'hepatic artery'
RETURN a.name AS therapy, d.name AS disease
ORDER BY therapy, disease
