EXPLAIN PATHS FROM (m:Molecule {name: 'PGE2'}) TO (d:Disease {name: 'acute liver failure'}) SIGN -
