MATCH (d:Disease {name: 'Wilson disease'})
REMOVE d.description, d:Disease
RETURN labels(d) AS labels, d.description AS description
