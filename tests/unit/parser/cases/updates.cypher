CREATE (a:A {k: 1})-[:T {w: 2.5}]->(b:B);
MATCH (n) SET n.k = 1, n = {a: 1}, n += $props, n:A:B, (n).z = 'q' REMOVE n.k, n:A:B;
MATCH (n) DETACH DELETE n;
MATCH (n)-[r]->() DELETE r, n
