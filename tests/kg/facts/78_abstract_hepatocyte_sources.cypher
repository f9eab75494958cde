// The abstract: iPSC, ESC and HSC turn into mature hepatocytes, as do MSC and liver stem cells (abstract, refs 0, 20, 23, 29, 32, 37).
MATCH (c:CellType)-[:DIFFERENTIATES_INTO]->(:CellType {name: 'hepatocyte'})
WHERE c.name IN ['iPSC', 'ESC', 'HSC', 'MSC', 'HpSC']
RETURN c.name AS cell
ORDER BY cell
