// NAFLD goes with obesity, type 2 diabetes and dyslipidaemia (ref 39).
MATCH (d:Disease)-[:PROMOTES]->(:Disease {name: 'NAFLD'})
RETURN d.name AS driver
ORDER BY driver
