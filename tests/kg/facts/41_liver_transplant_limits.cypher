// Liver transplantation is the reference cure but is limited by donor shortage and carries surgical complications and rejection (refs 0, 6, 100).
MATCH (:Intervention {name: 'liver transplantation'})-[r]->(p:Phenotype)
RETURN type(r) AS rel, p.name AS problem
ORDER BY rel, problem
