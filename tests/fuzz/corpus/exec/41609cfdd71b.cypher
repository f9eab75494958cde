CALL dbms.procedures() YIELD name, signature, mode WHERE name = 'db.schema.visualization'
RETURN signature, mode
