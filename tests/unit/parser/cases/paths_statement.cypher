PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'})
  VIA :Mechanism|:Pathway MAX 4 HOPS SIGN - LIMIT 20;
PATHS FROM (a) TO (b);
paths from (a:Gene) to (b) via (m:Mechanism {name: 'x'}) sign +;
PATHS FROM (a) TO (b) VIA :A|B LIMIT 5
