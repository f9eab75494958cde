// PGE2 signalling through STAT6 or mTOR polarises macrophages to M2, which damps the inflammation driving acute liver failure (ref 54).
MATCH (:Molecule {name: 'PGE2'})-[:ACTIVATES]->(p:Pathway)-[:PROMOTES]->(:Mechanism {name: 'M2 macrophage polarisation'})-[:INHIBITS]->(i:Mechanism)-[:PROMOTES]->(d:Disease {name: 'acute liver failure'})
RETURN p.name AS pathway, i.name AS process, d.name AS disease
ORDER BY pathway
