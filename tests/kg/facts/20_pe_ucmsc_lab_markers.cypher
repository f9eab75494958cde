// Plasma exchange plus UC-MSC improved ALT, AST and bilirubin in HBV-related ACLF (ref 58).
MATCH (:Intervention {name: 'plasma exchange plus UC-MSC'})-[:DECREASES]->(p:Phenotype)
WHERE p.kind = 'lab marker'
RETURN p.name AS marker
ORDER BY marker
