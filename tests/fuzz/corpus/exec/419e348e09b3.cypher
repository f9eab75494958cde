CALL kg.lookup('间充质干细胞') YIELD node, matched, score
RETURN node.name AS name, labels(node) AS labels, matched, score LIMIT 3
