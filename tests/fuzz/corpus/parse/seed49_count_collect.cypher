MATCH (n) RETURN COUNT { (n)-->() } AS c, COLLECT { MATCH (n)-->(m) RETURN m.prop } AS ps, EXISTS { (n)<--() WHERE n.prop = 1 } AS e
