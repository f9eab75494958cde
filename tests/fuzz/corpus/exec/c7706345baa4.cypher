MERGE (c:CellType {name: 'muse cell'})
ON CREATE SET c.created = true
RETURN c.name AS name, c.created AS created
