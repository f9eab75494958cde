// leading comment
EXPLAIN MATCH (n) /* inline */ RETURN n; ;
PROFILE RETURN 1 // trailing
;
RETURN 2;
