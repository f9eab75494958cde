MATCH (a)-[r]->(b) WHERE 'dis:ALF' IN r.context
RETURN a.name, type(r), b.name, r.model ORDER BY a.name, type(r), b.name
