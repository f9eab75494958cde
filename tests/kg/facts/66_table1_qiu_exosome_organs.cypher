// Table 1 (QIU 2018): MSC exosomes affect kidney, liver, heart and brain disease by transferring microRNA (ref 21).
MATCH (:Product {name: 'MSC exosome'})-[r:TREATS]->(d:Disease)
WHERE 21 IN r.refs
RETURN d.name AS disease
ORDER BY disease
