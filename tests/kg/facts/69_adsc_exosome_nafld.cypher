// Adipose stem cell exosomes polarise M2 macrophages and brown white fat, reducing obesity and hepatic steatosis (section 2.3.1).
MATCH (:Product {name: 'AD-MSC exosome'})-[r]->(x)
WHERE 'dis:NAFLD' IN r.context
RETURN type(r) AS rel, x.name AS target
ORDER BY rel, target
