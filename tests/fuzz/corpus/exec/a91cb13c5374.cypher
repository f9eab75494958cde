MATCH (c:CellType {name: 'MSC'})
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH c, type WHERE type STARTS WITH 'SEC'
RETURN c.name AS cell, type
