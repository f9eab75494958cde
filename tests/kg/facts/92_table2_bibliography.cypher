// Table 2's eleven studies with the first author and year the bibliography prints for each (refs 40, 41, 46, 52, 54, 56, 58, 61, 62, 66, 70).
MATCH (r:Reference)
WHERE r.number IN [40, 41, 46, 52, 54, 56, 58, 61, 62, 66, 70]
RETURN r.number AS ref, split(r.authors, ' ')[0] AS first_author, r.year AS year
ORDER BY year, ref
