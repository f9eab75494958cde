MATCH (c:CellType {name: 'iPSC'})
RETURN [(c)-[:REPROGRAMS_INTO|DERIVED_FROM]-(x) | x.name] AS related,
       all(x IN [1, 2] WHERE x > 0) AS all_positive, any(x IN [1, 2] WHERE x > 1) AS some,
       none(x IN [1, 2] WHERE x > 5) AS none_big, single(x IN [1, 2] WHERE x > 1) AS exactly_one
