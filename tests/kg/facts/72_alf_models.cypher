// The acute liver failure findings come from ALF rats (cord blood MSC with G-CSF, ref 52) and ALF mice (MSC PGE2, ref 54).
MATCH ()-[r]->()
WHERE 'dis:ALF' IN r.context AND r.model IS NOT NULL
RETURN r.model AS model, r.refs AS refs, count(*) AS relationships
ORDER BY model
