// MSC-conditioned medium raises SIRT1, restoring mitochondrial function against NAFLD (ref 41).
MATCH (:Product {name: 'MSC conditioned medium'})-[:UPREGULATES]->(m:Molecule)-[:PROMOTES]->(x:Mechanism)-[:ALLEVIATES]->(d:Disease)
RETURN m.name AS molecule, x.name AS process, d.name AS disease
ORDER BY molecule, process, disease
