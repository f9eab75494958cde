RETURN true AND null AS a, false AND null AS b, true OR null AS c, NOT null AS d, true XOR false AS e
