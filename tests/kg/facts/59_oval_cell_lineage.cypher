// Mature oval cells become small hepatocyte-like progenitors and then hepatocytes; the lineage rests on the review, not on ref 24.
MATCH (:CellType {name: 'hepatic oval cell'})-[r1:DIFFERENTIATES_INTO]->(s:CellType)-[r2:DIFFERENTIATES_INTO]->(h:CellType {name: 'hepatocyte'})
RETURN s.name AS intermediate, r1.evidence AS first_step, r2.evidence AS second_step
