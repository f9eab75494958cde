MATCH (n:Gene) RETURN n.name AS x UNION ALL MATCH (n:Disease) RETURN n.name AS x UNION RETURN 'z' AS x
