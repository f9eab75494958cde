RETURN 1 AS i, 1.0 AS f, -0.5 AS neg, 1e300 AS big, 'ü 肝' AS s, [1, 'a', null] AS l,
       {b: 1, a: {c: true}} AS m;
CREATE (n:CellType:Product {name: 'MSC', doses: [1, 2]}) RETURN n AS node;
