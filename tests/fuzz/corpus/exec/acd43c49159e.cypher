MATCH (m:Molecule {name: 'PGE2'}) RETURN m.name AS name, 'molecule' AS kind
UNION
MATCH (c:CellType {name: 'MSC'}) RETURN 'cell type' AS kind, c.name AS name
UNION
RETURN 'PGE2' AS name, 'molecule' AS kind
