RETURN 1 + 2 * 3 ^ 2 ^ 2 - 4 / 2 % 3,
  NOT a OR b XOR c AND NOT d,
  a = b <> c,
  x IN [1] = true,
  -2 ^ 2, - x ^ 2, +y,
  a.b.c[0][1..2]:L:M,
  s STARTS WITH 'x' IS NULL,
  1 < 2 <= 3 > 0 >= -1
