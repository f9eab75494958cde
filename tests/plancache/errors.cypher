MATCH (a {id: 'cell:MSC'})-[r]->(m) WHERE m.id <> 'x' CALL kg.lookup(CASE WHEN a.name STARTS WITH 'mesen' THEN m.name ELSE r.refs END) YIELD node RETURN node.id AS id ORDER BY id;
// a comment line, so that the next statement sits further down
  MATCH (a {id: 'cell:HLC'})-[r]->(m) WHERE m.id <> 'a much longer literal' CALL kg.lookup(CASE WHEN a.name STARTS WITH 'mesen' THEN m.name ELSE r.refs END) YIELD node RETURN node.id AS id ORDER BY id; // expect: hit
