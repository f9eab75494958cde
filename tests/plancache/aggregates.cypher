UNWIND [10, 20, 30, 40] AS x WITH x WHERE x > 15 RETURN count(*) AS n, sum(x + 1) AS s;
UNWIND [10, 20, 30, 40] AS x WITH x WHERE x > 25 RETURN count(*) AS n, sum(x + 7) AS s; // expect: hit
UNWIND [10, 21, 33] AS x RETURN x % 2 AS k, count(*) AS n ORDER BY k;
UNWIND [10, 21, 33] AS x RETURN x % 4 AS k, count(*) AS n ORDER BY k; // expect: hit
UNWIND [10, 21, 33] AS x WITH x + 1 AS y, count(*) AS c RETURN y, c ORDER BY y;
UNWIND [10, 21, 33] AS x WITH x + 2 AS y, count(*) AS c RETURN y, c ORDER BY y; // expect: hit
UNWIND [10, 21, 33] AS x RETURN x + 1 AS y, count(*) AS c ORDER BY y;
UNWIND [10, 21, 33] AS x RETURN x + 2 AS y, count(*) AS c ORDER BY y; // expect: hit
UNWIND [10, 21, 33] AS x RETURN x + 1 AS y, count(*) AS c ORDER BY x + 1;
