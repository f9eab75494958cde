RETURN 'a,b' AS comma, 'say "hi"' AS quote, 'two
lines' AS newline, null AS empty, [1, 'x'] AS list;
