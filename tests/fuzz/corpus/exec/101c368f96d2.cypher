// liverkg --param 'name="HSC"' --param refs=[18,19]
MATCH (c:CellType {name: $name})
RETURN c.name AS cell, $refs AS refs, 0x2A AS hex, 1e-3 AS small, 'it\'s' AS quoted
