RETURN abs(-3) AS abs, ceil(1.2) AS ceil, floor(1.8) AS floor, round(2.567, 2) AS round,
       sign(-0.5) AS sign, sqrt(16) AS sqrt, exp(0) AS exp, log(e()) AS log, log10(1000) AS log10,
       round(degrees(atan2(1, 1))) AS degrees, round(sin(radians(90))) AS sin,
       round(pi(), 3) AS pi, rand() < 1 AS rand
