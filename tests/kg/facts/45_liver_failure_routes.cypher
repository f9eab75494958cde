// Stem cells for liver failure go mainly by peripheral vein, also intrasplenic, intrahepatic or portal vein (ref 0).
MATCH (i:Intervention)-[r:TREATS]->(:Disease {name: 'liver failure'})
WHERE r.route IS NOT NULL
RETURN r.route AS route, i.name AS therapy
ORDER BY route
