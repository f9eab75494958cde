MATCH (n:Person:Doctor {name: 'Bob', age: 42})-[r:KNOWS|:LIKES*1..3]->(m)
WHERE n.age > 30 AND m.name STARTS WITH 'A'
RETURN n.name AS name, count(*) ORDER BY name DESC, m.age ASCENDING SKIP 1 LIMIT 10
