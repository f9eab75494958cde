// Plasma exchange plus UC-MSC had the lowest 30/60/90-day mortality, but the difference was not significant (ref 58).
MATCH (:Intervention {name: 'plasma exchange plus UC-MSC'})-[r]->(p:Phenotype)
WHERE r.significant IS NOT NULL
RETURN type(r) AS rel, p.name AS outcome, r.significant AS significant
ORDER BY rel, outcome
