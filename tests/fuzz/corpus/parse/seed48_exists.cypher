MATCH (n) WHERE exists {
  MATCH (n)-->(m)
  WITH n, count(*) AS c WHERE c = 3
  RETURN true
} RETURN n
