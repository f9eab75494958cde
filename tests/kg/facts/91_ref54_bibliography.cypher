// Ref 54, the PGE2 study in acute liver failure mice, is WANG J et al. 2021 in Stem Cell Res Ther (ref 54).
MATCH (r:Reference {number: 54})
RETURN r.authors AS authors, r.year AS year, r.journal AS journal
