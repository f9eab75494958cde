CREATE (:Item {k: 1, name: 'one'});
CREATE (:Item {k: 2, name: 'two'});
CREATE (:Item {k: 3, name: 'three'});
MATCH (i:Item) WHERE i.k >= 2 SET i.big = true RETURN i.k AS k ORDER BY k;
MATCH (i:Item) WHERE i.k >= 3 SET i.big = true RETURN i.k AS k ORDER BY k;
MATCH (i:Item) WHERE i.k >= 1 SET i.big = true RETURN i.k AS k ORDER BY k; // expect: hit
MATCH (i:Item {name: 'one'}) RETURN i.k AS k, i.big AS big;
MATCH (i:Item {name: 'three'}) RETURN i.k AS k, i.big AS big; // expect: hit
MATCH (i:Item {k: 1}) DELETE i;
MATCH (i:Item {k: 2}) DELETE i; // expect: hit
MATCH (i:Item) RETURN i.k AS k, i.name AS name ORDER BY k;
MERGE (i:Item {k: 7}) RETURN i.k AS k;
MERGE (i:Item {k: 8}) RETURN i.k AS k;
MATCH (i:Item) RETURN count(*) AS n;
