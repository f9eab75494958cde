MATCH (n:Fresh) RETURN count(n) AS n;
MATCH (n:Fresh) RETURN count(n) AS n; // expect: hit
CREATE (:Fresh {v: 1});
MATCH (n:Fresh) RETURN count(n) AS n;
MATCH (n:Fresh) WHERE n.v = 1 RETURN count(n) AS n;
MATCH (n:Fresh) WHERE n.v = 2 RETURN count(n) AS n; // expect: hit
MATCH (n:Fresh) WHERE n.w = 2 RETURN count(n) AS n;
CREATE (:Fresh {w: 2});
MATCH (n:Fresh) WHERE n.w = 2 RETURN count(n) AS n;
MATCH (n:Fresh) WHERE n.w = 3 RETURN count(n) AS n; // expect: hit
