RETURN 1 = 1.0 AS eq, 'a' < 'b' AS lt, 1 < 'a' AS mixed, null = null AS nulls,
       null IS NULL AS is_null, 1 < 2 < 3 AS chained
