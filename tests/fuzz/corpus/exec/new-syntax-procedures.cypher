CALL db.propertyKeys() YIELD propertyKey WITH collect(propertyKey) AS keys CALL db.labels() YIELD label RETURN label, size(keys) ORDER BY label
