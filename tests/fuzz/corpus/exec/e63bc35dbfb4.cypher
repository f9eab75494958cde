PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'})
  VIA :Molecule|:Pathway|:Mechanism MAX 5 HOPS SIGN - LIMIT 10
