WITH [1, 2, 3, 4, 5] AS l
RETURN 3 IN l AS member, l[0] AS first, l[-1] AS last, l[1..3] AS slice,
       [x IN l WHERE x % 2 = 1 | x * 10] AS odd_tens, reduce(s = 0, x IN l | s + x) AS total
