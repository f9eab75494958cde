// Plasma exchange plus UC-MSC caused fever and allergic reactions in 6 patients each, all transient (ref 58).
MATCH (:Intervention {name: 'plasma exchange plus UC-MSC'})-[r:ADVERSE_EFFECT]->(p:Phenotype)
RETURN p.name AS reaction, r.evidence AS evidence
ORDER BY reaction
