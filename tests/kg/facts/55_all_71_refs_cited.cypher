// The review selected 71 articles (section 1, Figure 2); every one of them supports at least one relationship.
MATCH ()-[r]->()
UNWIND r.refs AS ref
WITH ref WHERE ref >= 1 AND ref <= 71
RETURN count(DISTINCT ref) AS cited, min(ref) AS first, max(ref) AS last
