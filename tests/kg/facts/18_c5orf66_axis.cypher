// MSC exosomal lncRNA C5orf66-AS1 acts through miR-127-3p, DUSP1 and ERK on liver cancer stem cells (ref 66).
MATCH (:Product {name: 'MSC exosome'})-[:CARRIES]->(:Molecule {name: 'C5orf66-AS1'})-[:INHIBITS]->(m)-[:DOWNREGULATES]->(p)-[:INHIBITS]->(k)-[:PROMOTES]->(c:CellType)
RETURN m.name AS mirna, p.name AS phosphatase, k.name AS kinase, c.name AS cell
ORDER BY mirna, phosphatase, kinase, cell
