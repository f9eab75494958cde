WITH '  Mesenchymal Stem Cell ' AS s
RETURN toLower(trim(s)) AS lower, toUpper(lTrim(s)) AS upper, size(rTrim(s)) AS size,
       split(trim(s), ' ') AS words, replace(s, 'Cell', 'cell') AS replaced,
       substring(trim(s), 0, 11) AS sub, left(trim(s), 3) AS left, right(trim(s), 4) AS right,
       reverse('MSC') AS reversed
