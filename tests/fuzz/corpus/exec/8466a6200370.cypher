EXPLAIN MATCH (d:Disease {name: 'Wilson disease'}) DETACH DELETE d
