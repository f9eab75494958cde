// Volume and concurrency: a 100,000-row result streamed in batches, and 32 sessions mixing
// reads and writes with every acknowledged write present afterwards.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

test('load', async (t) => {
  const server = await startServer(['--empty']);
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password), { maxConnectionPoolSize: 64 });
  t.after(async () => { await driver.close(); await server.stop(); });

  await t.test('100,000 rows stream in batches of the fetch size, in order', async () => {
    const session = driver.session({ fetchSize: 1000 });
    let count = 0, inOrder = true;
    const summary = await new Promise((resolve, reject) => {
      session.run('UNWIND range(1, 100000) AS x RETURN x, toString(x) AS s').subscribe({
        onNext: (r) => {
          count += 1;
          if (r.get('x').toNumber() !== count || r.get('s') !== String(count)) inOrder = false;
        },
        onCompleted: resolve,
        onError: reject,
      });
    });
    await session.close();
    assert.strictEqual(count, 100000);
    assert.ok(inOrder);
    assert.strictEqual(summary.queryType, 'r');
  });

  await t.test('32 concurrent sessions: no lost write, every read answered', async () => {
    const sessions = 32, writesEach = 25;
    const worker = async (s) => {
      const session = driver.session();
      try {
        for (let i = 0; i < writesEach; i++) {
          const w = await session.run('CREATE (:W {s: $s, i: $i})', { s, i });
          assert.strictEqual(w.summary.counters.updates().nodesCreated, 1);
          const r = await session.run('MATCH (w:W {s: $s}) RETURN count(w) AS c', { s });
          assert.strictEqual(r.records[0].get('c').toNumber(), i + 1);   // our own writes, all seen
        }
      } finally {
        await session.close();
      }
    };
    await Promise.all(Array.from({ length: sessions }, (_, s) => worker(s)));
    const session = driver.session();
    const r = await session.run('MATCH (w:W) RETURN count(w) AS n, count(DISTINCT [w.s, w.i]) AS unique');
    await session.close();
    assert.strictEqual(r.records[0].get('n').toNumber(), sessions * writesEach);
    assert.strictEqual(r.records[0].get('unique').toNumber(), sessions * writesEach);
  });
});
