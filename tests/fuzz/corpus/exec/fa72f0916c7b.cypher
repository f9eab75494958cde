WITH {name: 'MSC', refs: [18, 19]} AS m
RETURN m.name AS name, m['refs'][1] AS second_ref, m.missing AS missing, keys(m) AS keys
