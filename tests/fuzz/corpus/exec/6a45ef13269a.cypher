CALL kg.lookup('exosomal miR-15a', 1) YIELD node AS m
MATCH (d:Disease {name: 'hepatocellular carcinoma'})
CALL kg.paths(m, d, {maxHops: 3}) YIELD chain, sign, citations
RETURN chain, sign, citations
