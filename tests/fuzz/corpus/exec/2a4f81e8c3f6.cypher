UNWIND ['MSC', 'HSC', 'unknown cell'] AS name
OPTIONAL MATCH (c:CellType {name: name})
RETURN name, c IS NOT NULL AS in_graph
