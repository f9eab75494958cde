// iPSC act through hepatic differentiation, paracrine signalling, trophic support and cell replacement (refs 0, 26, 29, 100; Table 1 DOSS 2019).
MATCH (:CellType {name: 'iPSC'})-[r:ACTS_VIA]->(m:Mechanism)
RETURN m.name AS mechanism, r.refs AS refs
ORDER BY mechanism
