MATCH (d:Disease)
WHERE d.name STARTS WITH 'alcoholic' AND NOT (d)-[:SUBTYPE_OF]->(:Disease {name: 'cirrhosis'})
RETURN d.name AS disease
