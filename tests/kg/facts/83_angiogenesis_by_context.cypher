// MSC restrain angiogenesis in fibrosis (ref 22) while cord blood MSC promote it in acute liver failure (ref 52): two contexts, not one claim.
MATCH (c:CellType)-[r]->(:Mechanism {name: 'angiogenesis'})
RETURN c.name AS cell, type(r) AS rel, r.context AS context
ORDER BY cell
