CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'C' RETURN l
