MATCH (n) CALL db.relationshipTypes() YIELD relationshipType RETURN n, relationshipType; SHOW FUNCTIONS; SHOW PROCEDURES
