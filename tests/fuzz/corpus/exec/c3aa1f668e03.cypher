UNWIND [3, null, 'b', 1.5, true, [1], {k: 1}] AS v
RETURN v
ORDER BY v
