RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * 2] AS evens,
  [x IN list | x.name], [x IN list WHERE x > 0], [y IN l],
  any(x IN l WHERE x > 1), all(x IN l WHERE x), none(x IN l WHERE x), single(x IN l WHERE x),
  reduce(acc = 0, x IN [1, 2, 3] | acc + x),
  n{.name, .*, age: n.age + 1, other},
  CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END, CASE x WHEN 1 THEN 'one' END,
  count(*), count(DISTINCT n.x), apoc.text.join(['a'], ','), exists(n.prop),
  [(a)-[:T]->(b) WHERE b.x > 1 | b.name], [p = (a)-->() | p],
  {}, [], {a: {b: [1, {c: null}]}}, $param, $0, x[-1], x[..2], x[1..]
