// Table 2: liver function improved with BMSC and BMSC exosomes in AIH mice, cord blood MSC in ALF rats, UC-MSC and plasma exchange plus UC-MSC in HBV-ACLF (refs 52, 56, 58, 61, 62).
MATCH (a)-[r:INCREASES]->(:Phenotype {name: 'liver function'})
WHERE any(x IN r.refs WHERE x IN [52, 56, 58, 61, 62])
RETURN a.name AS therapy, r.context AS context, r.evidence AS evidence
ORDER BY therapy
