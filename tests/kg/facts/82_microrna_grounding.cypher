// MicroRNAs are grounded to their genes and precursors; miR-199a comes from two genes.
MATCH (m:Molecule {kind: 'miRNA'})
RETURN m.name AS mirna, size(m.xrefs) AS curies, m.xrefs[0] AS primary
ORDER BY mirna
