RETURN 'a	b' AS tab, 'back\\slash' AS backslash, 'x' AS plain;
