MATCH (c:CellType) CALL { WITH c MATCH (c)-->(x) RETURN count(x) AS k } RETURN c.name, k, COUNT { (c)-->() } AS n ORDER BY k DESC
