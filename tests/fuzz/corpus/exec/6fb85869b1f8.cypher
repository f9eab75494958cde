MATCH (p:Phenotype)
RETURN p.name AS phenotype
ORDER BY phenotype DESC
SKIP 2 LIMIT 3
