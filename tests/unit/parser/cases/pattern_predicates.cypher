MATCH (a), (b)
WHERE (a)-[:T]->(b) AND NOT (a)<-[:U]-(:X {k: 1}) OR (a)--()
RETURN (a)-->(b) AS linked, (a) AS paren, (a) - 1 AS minus
