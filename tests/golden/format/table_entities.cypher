// Nodes show their labels and name; relationships their type and properties.
MATCH (c:CellType)-[r:TREATS]->(d:Disease)
RETURN c AS cell, r AS rel, d.name AS disease
ORDER BY disease;
MATCH p = (h {id: 'cell:HLC'})-[:DERIVED_FROM]->(m)
RETURN p AS path;
