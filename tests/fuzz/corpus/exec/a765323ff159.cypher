MATCH (r:Reference {number: 54}) RETURN r.authors, r.year, r.journal
