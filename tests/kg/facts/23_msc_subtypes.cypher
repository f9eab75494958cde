// MSC sources and variants: bone marrow, adipose, umbilical cord, cord blood, compact bone and IL-35 modified (refs 19, 41, 52, 63).
MATCH (c:CellType)-[:SUBTYPE_OF]->(:CellType {name: 'MSC'})
RETURN c.name AS subtype
ORDER BY subtype
