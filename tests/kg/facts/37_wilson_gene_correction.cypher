// A lentiviral vector carrying corrected ATP7B reverses the copper transport defect of Wilson disease hepatocytes in vitro; ref 30 only reports the iPSC lines, so the evidence is the review's (ref 30).
MATCH (v:Intervention)-[:CARRIES]->(:Molecule {name: 'ATP7B'})
MATCH (v)-[r:DECREASES]->(p:Phenotype)
RETURN v.name AS vector, p.name AS defect, r.evidence AS evidence
ORDER BY vector, defect
