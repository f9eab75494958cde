// Number of treatment relationships per evidence level across the bundled graph (all refs).
MATCH ()-[r:TREATS]->()
RETURN r.evidence AS evidence, count(*) AS relationships
ORDER BY evidence
