MATCH p = (a)-[:T]->(b), q = shortestPath((a)-[*..6]-(c)), allShortestPaths((a)-[:X*]->(d))
RETURN p, q
