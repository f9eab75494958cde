CALL db.labels() YIELD label
WHERE label STARTS WITH 'C'
RETURN label
