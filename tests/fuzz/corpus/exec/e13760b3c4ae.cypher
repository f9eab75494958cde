WITH datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'}) AS dt
RETURN dt.offset AS offset, date.truncate('month', dt) AS month,
       dt + duration({months: 1, days: 17}) AS later,
       duration.between(date('1984-10-11'), date('2015-06-24')) AS span
