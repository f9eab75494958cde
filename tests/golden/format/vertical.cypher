MATCH (m:Molecule) RETURN m.name AS name, m.aliases AS aliases, m.id AS id;
