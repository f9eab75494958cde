RETURN 7 / 2 AS int_div, 7 / 2.0 AS float_div, 7 % 3 AS modulo, 2 ^ 10 AS power,
       'MSC' + '-exosome' AS text, [1, 2] + 3 AS list
