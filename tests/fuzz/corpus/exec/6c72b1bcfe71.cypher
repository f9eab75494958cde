RETURN toString(2.5) AS s, toInteger('42') AS i, toInteger(3.9) AS truncated, toFloat('1e3') AS f,
       toBoolean('TRUE') AS b, toInteger('not a number') AS bad, coalesce(null, 'fallback') AS c
