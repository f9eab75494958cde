MERGE (c:CellType {name: 'MSC'})
ON MATCH SET c.checked = true
ON CREATE SET c.created = true
RETURN c.checked AS checked, c.created AS created
