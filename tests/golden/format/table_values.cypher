RETURN 1 AS int, 2.5 AS float, 1e300 AS big, 'plain' AS str, ['a', 1, null] AS list,
       {z: 1, a: 'x'} AS map, null AS nothing, true AS yes, '肝細胞' AS wide;
