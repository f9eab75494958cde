// Table 2 lists 11 treatment studies by first author and year (refs 40, 41, 46, 52, 54, 56, 58, 61, 62, 66, 70); each has a relationship whose note names it.
MATCH ()-[r]->()
WHERE r.note STARTS WITH 'Table 2 ('
RETURN DISTINCT split(substring(r.note, 9), ')')[0] AS study
ORDER BY study
