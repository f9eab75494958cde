MATCH (:CellType {name: 'MSC'})-[r:TREATS]->(d:Disease {name: 'acute liver failure'})
RETURN d.name, r.refs, kg.cite(r.refs) AS cited
