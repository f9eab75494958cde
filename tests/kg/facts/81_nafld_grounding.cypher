// NAFLD is MONDO:0013209, which MONDO now labels MASLD, with the DOID id that keeps the NAFLD name.
MATCH (d:Disease {name: 'NAFLD'})
RETURN d.xrefs AS xrefs, d.note IS NOT NULL AS explained
