MATCH (c:CellType {id: 'cell:MSC'})-[:TREATS]->(d) RETURN d.name AS name ORDER BY name;
MATCH (c:CellType {id: 'cell:HLC'})-[:TREATS]->(d) RETURN d.name AS name ORDER BY name; // expect: hit
MATCH (c:CellType {id: 'cell:NONE'})-[:TREATS]->(d) RETURN d.name AS name ORDER BY name; // expect: hit
MATCH (n) WHERE n.year > 2000 RETURN n.id AS id ORDER BY id;
MATCH (n) WHERE n.year > 1990 RETURN n.id AS id ORDER BY id; // expect: hit
MATCH (n) WHERE n.name STARTS WITH 'liver' RETURN n.id AS id ORDER BY id;
MATCH (n) WHERE n.name STARTS WITH 'acute' RETURN n.id AS id ORDER BY id; // expect: hit
MATCH (n) WHERE n.name STARTS WITH 'zzz' RETURN n.id AS id ORDER BY id; // expect: hit
MATCH (n {name: 'acute liver failure'}) RETURN n.id AS id;
MATCH (n {name: 'mesenchymal stem cell'}) RETURN n.id AS id; // expect: hit
MATCH (n {name: 'MSC'}) RETURN n.id AS id; // expect: hit
MATCH (a)-[r]->(b) WHERE 12 IN r.refs RETURN a.id AS a, b.id AS b ORDER BY a, b;
MATCH (a)-[r]->(b) WHERE 3 IN r.refs RETURN a.id AS a, b.id AS b ORDER BY a, b; // expect: hit
MATCH (a)-[r]->(b) WHERE 'x' IN r.refs RETURN a.id AS a, b.id AS b ORDER BY a, b;
