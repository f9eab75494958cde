MATCH (c:CellType)-[r:TREATS]->(d:Disease)
RETURN r.evidence AS evidence, count(*) AS n, count(DISTINCT c) AS cells,
       collect(DISTINCT d.name)[0..2] AS some_diseases
ORDER BY evidence
