MATCH (n)
WHERE n.x =
