MATCH ()-[r]->()
WITH size(r.refs) AS refs
RETURN min(refs) AS min, max(refs) AS max, sum(refs) AS sum, round(avg(refs), 3) AS avg,
       round(stDev(refs), 3) AS stdev, round(stDevP(refs), 3) AS stdevp,
       percentileDisc(refs, 0.9) AS p90, percentileCont(refs, 0.5) AS median
