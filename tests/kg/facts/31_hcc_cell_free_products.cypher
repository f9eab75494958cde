// Cell-free products reported against hepatocellular carcinoma (refs 66, 68-71).
MATCH (p:Product)-[:TREATS]->(:Disease {name: 'hepatocellular carcinoma'})
RETURN p.name AS product
ORDER BY product
