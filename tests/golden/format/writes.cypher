CREATE (a:CellType {name: 'MSC'})-[:TREATS]->(d:Disease {name: 'ALF'});
MATCH (a:CellType) SET a.potency = 'multipotent';
MATCH (n) RETURN count(n) AS nodes;
