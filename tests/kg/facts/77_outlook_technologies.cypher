// Outlook: gene editing, bioartificial and tissue-engineered livers and personalised protocols should bring stem cell transplantation into wide clinical use (section 3.5).
MATCH (t:Intervention)-[:COMBINED_WITH]->(:Intervention {name: 'stem cell transplantation'})
RETURN t.name AS technology
ORDER BY technology
