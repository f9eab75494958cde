WITH datetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, timezone: 'Europe/Stockholm'}) AS dt,
     duration('P1Y2M3W4DT5H6M7.5S') AS d
RETURN dt.epochMillis, date.truncate('weekYear', dt, {dayOfWeek: 2}), dt + d * 1.5,
       duration.between(localtime('14:30'), time('16:30+0100')), datetime.fromEpochMillis(237821673987),
       localdatetime.statement('+01:00') < localdatetime.realtime() ORDER BY dt DESC
