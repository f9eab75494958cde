// The AD-MSC exosome and an early ADC rise are early biomarkers of HCC treatment response, not of HCC itself (ref 71).
MATCH (x)-[:MARKER_OF]->(t)
WHERE x.name IN ['AD-MSC exosome', 'apparent diffusion coefficient']
RETURN x.name AS marker, t.name AS marks, t:Disease AS marks_a_disease
ORDER BY marker
