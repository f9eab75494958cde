// Every value kind as a parameter and back as a result; nodes, relationships and paths with
// their ids and element ids.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

test('values', async (t) => {
  const server = await startServer(['--empty']);
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
  const session = driver.session();
  t.after(async () => { await session.close(); await driver.close(); await server.stop(); });
  const echo = async (value) => (await session.run('RETURN $v AS v', { v: value })).records[0].get('v');

  await t.test('scalars round-trip as parameters and results', async () => {
    assert.strictEqual(await echo(null), null);
    assert.strictEqual(await echo(true), true);
    assert.strictEqual(await echo(false), false);
    assert.strictEqual(await echo(2.5), 2.5);
    assert.strictEqual(await echo(-0.125), -0.125);
    assert.strictEqual(await echo('héllo 肝 🧬'), 'héllo 肝 🧬');
    assert.strictEqual(await echo('x'.repeat(100000)), 'x'.repeat(100000));
    for (const n of ['0', '-16', '-17', '127', '128', '-129', '40000', '-2147483648', '9223372036854775807',
                     '-9223372036854775808']) {
      assert.strictEqual((await echo(neo4j.int(n))).toString(), n);
    }
  });

  await t.test('lists and maps round-trip, nested', async () => {
    const list = [neo4j.int(1), 'two', [3.5, null], { k: [true] }];
    assert.deepStrictEqual(await echo(list), list);
    const map = { a: neo4j.int(1), nested: { b: ['x', 'y'], c: null }, 'spaced key': 0.5 };
    assert.deepStrictEqual(await echo(map), map);
    assert.deepStrictEqual(await echo([]), []);
    assert.deepStrictEqual(await echo({}), {});
  });

  await t.test('values computed by the engine come back typed', async () => {
    const r = (await session.run('RETURN 1 AS i, 1.0 AS f, [1, 2] AS l, {a: 1} AS m, null AS n, 1 < 2 AS b')).records[0];
    assert.ok(neo4j.isInt(r.get('i')));
    assert.strictEqual(r.get('f'), 1.0);
    assert.strictEqual(r.get('l').length, 2);
    assert.strictEqual(r.get('m').a.toNumber(), 1);
    assert.strictEqual(r.get('n'), null);
    assert.strictEqual(r.get('b'), true);
  });

  await t.test('byte arrays are refused clearly (liverkg has no bytes type)', async () => {
    await assert.rejects(session.run('RETURN $b', { b: new Int8Array([1, 2, 3]) }),
      (e) => e.code === 'Neo.ClientError.Request.Invalid' && /byte arrays/.test(e.message));
  });

  await t.test('temporal values come back as the driver\'s temporal types and round-trip as parameters', async () => {
    const r = (await session.run(
      "RETURN date('2020-02-29') AS d, localtime('12:30:05.25') AS lt, time('12:30:05+05:30') AS t, " +
      "localdatetime('1969-12-31T23:59:59.5') AS ldt, datetime('2015-07-21T21:40:32.142+01:00') AS dt, " +
      "datetime('2015-07-21T21:40:32[Europe/London]') AS dtz, duration('P1Y2M3DT4H5M6.7S') AS dur")).records[0];
    assert.ok(neo4j.isDate(r.get('d')));
    assert.strictEqual(r.get('d').toString(), '2020-02-29');
    assert.ok(neo4j.isLocalTime(r.get('lt')));
    assert.strictEqual(r.get('lt').toString(), '12:30:05.250000000');
    assert.ok(neo4j.isTime(r.get('t')));
    assert.strictEqual(r.get('t').timeZoneOffsetSeconds.toNumber(), 19800);
    assert.ok(neo4j.isLocalDateTime(r.get('ldt')));
    assert.strictEqual(r.get('ldt').toString(), '1969-12-31T23:59:59.500000000');
    const dt = r.get('dt');
    assert.ok(neo4j.isDateTime(dt));
    assert.deepStrictEqual([dt.year.toNumber(), dt.hour.toNumber(), dt.nanosecond.toNumber(), dt.timeZoneOffsetSeconds.toNumber()],
                           [2015, 21, 142000000, 3600]);
    const dtz = r.get('dtz');
    assert.strictEqual(dtz.timeZoneId, 'Europe/London');
    assert.strictEqual(dtz.hour.toNumber(), 21);   // the wall clock in London (summer time, +01:00)
    const dur = r.get('dur');
    assert.ok(neo4j.isDuration(dur));
    assert.deepStrictEqual([dur.months.toNumber(), dur.days.toNumber(), dur.seconds.toNumber(), dur.nanoseconds.toNumber()],
                           [14, 3, 14706, 700000000]);
    // Sent back as parameters, each is the same value to the engine and to the driver.
    for (const name of ['d', 'lt', 't', 'ldt', 'dt', 'dtz', 'dur']) {
      const back = (await session.run('RETURN $v AS v, toString($v) AS s', { v: r.get(name) })).records[0];
      assert.strictEqual(back.get('v').toString(), r.get(name).toString(), name);
    }
    const same = (await session.run(
      "RETURN $d = date('2020-02-29') AS d, $dt = datetime('2015-07-21T21:40:32.142+01:00') AS dt, " +
      "$dur = duration('P1Y2M3DT4H5M6.7S') AS dur", { d: r.get('d'), dt: r.get('dt'), dur: r.get('dur') })).records[0];
    assert.deepStrictEqual([same.get('d'), same.get('dt'), same.get('dur')], [true, true, true]);
  });

  await t.test('nodes and relationships carry ids, labels, types, properties and element ids', async () => {
    const r = (await session.run(
      "CREATE (a:Cell:Therapy {name: 'MSC', dose: 2}) -[r:TREATS {refs: [1, 2]}]-> (b:Disease {name: 'ALF'}) RETURN a, r, b")).records[0];
    const a = r.get('a'), rel = r.get('r'), b = r.get('b');
    assert.deepStrictEqual([...a.labels].sort(), ['Cell', 'Therapy']);
    assert.strictEqual(a.properties.name, 'MSC');
    assert.strictEqual(a.properties.dose.toNumber(), 2);
    assert.strictEqual(rel.type, 'TREATS');
    assert.deepStrictEqual(rel.properties.refs.map(Number), [1, 2]);
    assert.ok(rel.start.equals(a.identity) && rel.end.equals(b.identity));
    assert.strictEqual(rel.startNodeElementId, a.elementId);
    assert.strictEqual(rel.endNodeElementId, b.elementId);
    assert.notStrictEqual(a.elementId, b.elementId);
    // An element id names the same entity in a later query.
    const again = await session.run('MATCH (n) WHERE id(n) = $id RETURN n', { id: a.identity });
    assert.strictEqual(again.records[0].get('n').elementId, a.elementId);
  });

  await t.test('paths keep their order and the direction of each step', async () => {
    await session.run("MATCH (b:Disease {name: 'ALF'}) CREATE (b)<-[:CAUSES]-(:Drug {name: 'APAP'})");
    const p = (await session.run(
      "MATCH p = (:Cell {name: 'MSC'})-[:TREATS]->(:Disease)<-[:CAUSES]-(:Drug) RETURN p")).records[0].get('p');
    assert.strictEqual(p.length, 2);
    assert.strictEqual(p.start.properties.name, 'MSC');
    assert.strictEqual(p.end.properties.name, 'APAP');
    assert.deepStrictEqual(p.segments.map((s) => s.relationship.type), ['TREATS', 'CAUSES']);
    // The second step walks CAUSES backwards: the relationship still points from the drug.
    const second = p.segments[1];
    assert.strictEqual(second.start.properties.name, 'ALF');
    assert.ok(second.relationship.start.equals(second.end.identity));
    assert.strictEqual(second.relationship.startNodeElementId, second.end.elementId);
  });

  await t.test('write summaries carry counters and the query type', async () => {
    const result = await session.run("CREATE (:Tmp {a: 1, b: 2})-[:X]->(:Tmp)");
    const c = result.summary.counters.updates();
    assert.strictEqual(c.nodesCreated, 2);
    assert.strictEqual(c.relationshipsCreated, 1);
    assert.strictEqual(c.propertiesSet, 2);
    assert.strictEqual(c.labelsAdded, 2);
    assert.strictEqual(result.summary.queryType, 'w');
    assert.ok(result.summary.counters.containsUpdates());
    const read = await session.run('MATCH (n:Tmp) RETURN count(n) AS c');
    assert.strictEqual(read.summary.queryType, 'r');
    assert.strictEqual(read.records[0].get('c').toNumber(), 2);
    assert.ok(neo4j.isInt(read.summary.resultAvailableAfter));
  });
});
