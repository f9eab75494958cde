// The review covers five stem cell types for liver disease: MSC, HpSC, ESC, iPSC and HSC (ref 18).
MATCH (c:CellType)-[r:SUBTYPE_OF]->(:CellType {name: 'stem cell'})
WHERE 18 IN r.refs
RETURN c.name AS cell
ORDER BY cell
