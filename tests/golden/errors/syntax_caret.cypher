MATCH (n:CellType
RETURN n;
