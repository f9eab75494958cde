// Table 1 (SALAMA 2010): autologous HSC in end-stage chronic liver disease improved ascites and helped patients with autoimmune liver disease (ref 38).
MATCH (:CellType {name: 'HSC'})-[r]->(x)
WHERE 38 IN r.refs
RETURN type(r) AS rel, x.name AS target, r.evidence AS evidence
ORDER BY rel, target
