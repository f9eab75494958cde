// NAFLD raises the risk of cirrhosis, liver cancer and heart disease (refs 0, 49).
MATCH (:Disease {name: 'NAFLD'})-[:CAUSES]->(d:Disease)
RETURN d.name AS consequence
ORDER BY consequence
