WITH [3, 1, 2] AS l
RETURN size(l) AS size, head(l) AS head, last(l) AS last, tail(l) AS tail,
       range(0, 10, 5) AS range, reverse(l) AS reversed
