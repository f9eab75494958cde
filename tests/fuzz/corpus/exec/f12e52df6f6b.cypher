PATHS FROM (c:CellType {name: 'mesenchymal stem cell'}) TO (d:Disease {name: 'acute liver failure'})
  VIA :Pathway MAX 4 HOPS SIGN - LIMIT 2
