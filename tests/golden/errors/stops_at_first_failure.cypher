RETURN 1 AS first;
RETURN 1 - 'a' AS second;
RETURN 3 AS third;
