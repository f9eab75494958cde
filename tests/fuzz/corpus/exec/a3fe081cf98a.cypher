MATCH (m:Molecule)
WHERE m.name STARTS WITH 'miR' OR m.name =~ 'IL-[0-9]+'
RETURN m.name AS molecule, m.name CONTAINS '-' AS dashed
ORDER BY molecule
LIMIT 4
