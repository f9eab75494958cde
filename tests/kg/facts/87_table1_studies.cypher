// Table 1 lists 19 studies by first author and year (refs 19-38); each has a relationship whose note names it.
MATCH ()-[r]->()
WHERE r.note STARTS WITH 'Table 1 ('
RETURN DISTINCT split(substring(r.note, 9), ')')[0] AS study
ORDER BY study
