// The mesenchymal stem cell is grounded to the Cell Ontology, not to the gene MSC (musculin, NCBIGene:9242).
MATCH (n)
WHERE n.name = 'MSC' OR 'NCBIGene:9242' IN n.xrefs
RETURN n.id AS id, n.xrefs AS xrefs
