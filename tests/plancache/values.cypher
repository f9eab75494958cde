RETURN 1 + 2 AS x, 'a' + 'b' AS s, 2.5 * 4 AS f;
RETURN 5 + 7 AS x, 'c' + 'de' AS s, 1.5 * 3 AS f; // expect: hit
RETURN 5 + 5 AS x, 'c' + 'c' AS s, 1.5 * 1.5 AS f;
RETURN 6 + 6 AS x, 'e' + 'e' AS s, 2.5 * 2.5 AS f; // expect: hit
RETURN 1 + 2, 'a' + 'b';
RETURN 3 + 4, 'c' + 'd';
RETURN 1 + 2 AS x ORDER BY x LIMIT 1;
RETURN 1 + 2 AS x ORDER BY x LIMIT 0;
RETURN 4 + 2 AS x ORDER BY x LIMIT 0; // expect: hit
RETURN 9223372036854775807 AS big, -42 AS small, -5 AS neg, 0x1F AS hex, 1e3 AS e;
RETURN 9223372036854775805 AS big, -42 AS small, -5 AS neg, 0x1E AS hex, 1e4 AS e; // expect: hit
RETURN -9223372036854775808 AS smallest, 1 AS one;
RETURN -9223372036854775808 AS smallest, 2 AS one;
RETURN 9223372036854775806 AS big, -9223372036854775806 AS small, -6 AS neg, 0x2F AS hex, 2e3 AS e;
RETURN 'it\'s' AS a, "dq\"x" AS b, '\u00e9t\u00e9' AS c, '' AS d;
RETURN 'no' AS a, "dq" AS b, 'plain' AS c, 'x' AS d; // expect: hit
RETURN 'a' = 'a' AS same, 'a' = 'b' AS other;
RETURN 'b' = 'b' AS same, 'b' = 'c' AS other; // expect: hit
RETURN 'b' = 'c' AS same, 'c' = 'c' AS other;
RETURN 1 = 1.0 AS mixed, 1 AS i, 1.0 AS f;
RETURN 2 = 2.0 AS mixed, 2 AS i, 2.0 AS f; // expect: hit
RETURN 2 = 2 AS mixed, 2 AS i, 2 AS f;
RETURN [1, 2, 3] AS list, {a: 1} AS map, size([1, 2]) AS n;
RETURN [4, 5, 6] AS list, {a: 2} AS map, size([1, 2, 3]) AS n;
RETURN toUpper('abc') AS u, substring('hello', 1, 3) AS s, coalesce(null, 'x') AS c;
RETURN toUpper('xyz') AS u, substring('hello', 0, 2) AS s, coalesce(null, 'y') AS c; // expect: hit
RETURN CASE 1 WHEN 1 THEN 'one' ELSE 'other' END AS c;
RETURN CASE 2 WHEN 1 THEN 'one' ELSE 'other' END AS c;
RETURN CASE 3 WHEN 4 THEN 'one' ELSE 'other' END AS c; // expect: hit
