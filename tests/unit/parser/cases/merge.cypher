MERGE (n:Gene {symbol: 'HNF4A'})
  ON CREATE SET n.created = true
  ON MATCH SET n.seen = n.seen + 1, n:Seen
  ON CREATE SET n.count = 0
RETURN n
