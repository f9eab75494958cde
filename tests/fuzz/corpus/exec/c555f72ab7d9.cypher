MATCH (d:Disease {name: 'Wilson disease'})
SET d.inherited = true, d:Genetic
RETURN labels(d) AS labels, d.inherited AS inherited
