// The 2025 abstract covers MSC, HSC and iPSC as cell-based therapy (ref 100).
MATCH (c:CellType)-[r:PART_OF]->(:Intervention {name: 'cell-based therapy'})
WHERE 100 IN r.refs
RETURN c.name AS cell
ORDER BY cell
