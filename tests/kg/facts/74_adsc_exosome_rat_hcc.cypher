// In orthotopic HCC rats, AD-MSC exosomes boosted NKT antitumour responses, lowered tumour grade and raised the early ADC (ref 71).
MATCH (:Product {name: 'AD-MSC exosome'})-[r]->(x)
WHERE r.model = 'orthotopic HCC, rat'
RETURN type(r) AS rel, x.name AS target
ORDER BY rel, target
