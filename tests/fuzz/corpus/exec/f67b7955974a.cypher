MATCH (c:CellType {name: 'MSC'})-[r:CARRIES]->()
DELETE r
