match (n:Match {limit: 1, `order`: 2}) where n.count > 0 and n.end = 'x'
return n.return, {match: 1, set: 2}.set, `weird name`, `back``tick` as `a b`
