MATCH (d:Disease {name: 'Wilson disease'})
DELETE d
