// Cell types without a Cell Ontology term keep no xref and say why; iPSC has none (CL lacks it).
MATCH (c:CellType)
WHERE c.xrefs IS NULL AND c.name STARTS WITH 'iPSC'
RETURN c.name AS cell, c.note IS NOT NULL AS explained
ORDER BY cell
