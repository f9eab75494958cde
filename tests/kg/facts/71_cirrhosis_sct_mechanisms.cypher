// Stem cells may treat cirrhosis by driving hepatocyte proliferation, lowering collagen deposition and fibrosis, fewer complications and longer survival (section 2.3.2, no citation).
MATCH (:Intervention {name: 'stem cell transplantation'})-[r]->(x)
WHERE r.context = ['dis:cirrhosis']
RETURN type(r) AS rel, x.name AS target
ORDER BY rel, target
