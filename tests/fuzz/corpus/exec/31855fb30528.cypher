MATCH (c:CellType {name: 'MSC'})-[r:TREATS]->(d:Disease)
RETURN d.name AS disease,
       CASE r.evidence WHEN 'clinical' THEN 'in patients' WHEN 'animal' THEN 'in animals' ELSE 'other' END AS tested,
       CASE WHEN size(r.refs) > 1 THEN 'several refs' ELSE 'one ref' END AS support
ORDER BY disease
LIMIT 4
