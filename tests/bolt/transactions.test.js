// Explicit and managed transactions through the official driver: a rollback leaves nothing,
// a commit is visible to another session, a failure inside rolls back, readers wait for an
// open writer, concurrent writers lose no write, a dropped connection rolls back.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

const count = async (driver, query = 'MATCH (n:T) RETURN count(n) AS c') => {
  const session = driver.session();
  try {
    return (await session.run(query)).records[0].get('c').toNumber();
  } finally {
    await session.close();
  }
};

test('transactions', async (t) => {
  const server = await startServer(['--empty', '--lock-timeout', '2']);
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password), { maxConnectionPoolSize: 40 });
  t.after(async () => { await driver.close(); await server.stop(); });
  const clear = async () => { const s = driver.session(); await s.run('MATCH (n) DETACH DELETE n'); await s.close(); };

  await t.test('beginTransaction … rollback leaves nothing', async () => {
    await clear();
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T {i: 1})');
    const inside = await tx.run('MATCH (n:T) RETURN count(n) AS c');
    assert.strictEqual(inside.records[0].get('c').toNumber(), 1);   // the transaction sees its own write
    await tx.rollback();
    await session.close();
    assert.strictEqual(await count(driver), 0);
  });

  await t.test('beginTransaction … commit is visible to another session, with a new bookmark', async () => {
    await clear();
    const session = driver.session();
    const before = session.lastBookmarks();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T {i: 1})');
    await tx.run('CREATE (:T {i: 2})');
    await tx.commit();
    const after = session.lastBookmarks();
    await session.close();
    assert.notDeepStrictEqual(after, before);
    assert.match(after[0], /^liverkg:\d+$/);
    assert.strictEqual(await count(driver), 2);
  });

  await t.test('executeWrite commits its work and returns its value', async () => {
    await clear();
    const session = driver.session();
    const made = await session.executeWrite(async (tx) => {
      await tx.run('CREATE (:T {i: 1})');
      const r = await tx.run('CREATE (t:T {i: 2}) RETURN t.i AS i');
      return r.records[0].get('i').toNumber();
    });
    await session.close();
    assert.strictEqual(made, 2);
    assert.strictEqual(await count(driver), 2);
  });

  await t.test('a failing statement inside a transaction rolls it all back', async () => {
    await clear();
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T {i: 1})');
    await assert.rejects(tx.run('RETURN 1 / 0 AS boom'), (e) => e.code === 'Neo.ClientError.Statement.ArithmeticError' || /zero/i.test(e.message));
    await assert.rejects(tx.commit());
    await session.close();
    assert.strictEqual(await count(driver), 0);
  });

  await t.test('executeRead refuses a write with AccessMode, and the write is undone', async () => {
    await clear();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    await assert.rejects(session.executeRead((tx) => tx.run('CREATE (:T)')),
      (e) => e.code === 'Neo.ClientError.Statement.AccessMode');
    await session.close();
    assert.strictEqual(await count(driver), 0);
  });

  await t.test('a reader waits while a writer is open and sees only the committed state', async () => {
    await clear();
    const writer = driver.session();
    const tx = writer.beginTransaction();
    await tx.run('CREATE (:T {i: 1})');
    let seen = null;
    const reading = count(driver).then((c) => { seen = c; });
    await new Promise((r) => setTimeout(r, 200));
    assert.strictEqual(seen, null);   // still waiting for the gate
    await tx.commit();
    await reading;
    assert.strictEqual(seen, 1);
    await writer.close();
  });

  await t.test('a writer held past --lock-timeout gets a transient error (drivers retry those)', async () => {
    await clear();
    const writer = driver.session();
    const tx = writer.beginTransaction();
    await tx.run('CREATE (:T)');
    const other = driver.session();
    await assert.rejects(other.run('CREATE (:T)'),
      (e) => e.code === 'Neo.TransientError.Transaction.LockAcquisitionTimeout' && /another connection/.test(e.message));
    await other.close();
    await tx.rollback();
    await writer.close();
    assert.strictEqual(await count(driver), 0);
  });

  await t.test('16 connections × 20 executeWrite increments of one counter lose nothing', async () => {
    await clear();
    const setup = driver.session();
    await setup.run('CREATE (:Counter {n: 0})');
    await setup.close();
    const workers = 16, each = 20;
    await Promise.all(Array.from({ length: workers }, async (_, w) => {
      const session = driver.session();
      try {
        for (let i = 0; i < each; i++) {
          await session.executeWrite(async (tx) => {
            const r = await tx.run('MATCH (c:Counter) RETURN c.n AS n');
            const n = r.records[0].get('n').toNumber();   // read, then write: lost without isolation
            await tx.run('MATCH (c:Counter) SET c.n = $n', { n: neo4j.int(n + 1) });
            await tx.run('CREATE (:T {w: $w, i: $i})', { w, i });
          });
        }
      } finally {
        await session.close();
      }
    }));
    assert.strictEqual(await count(driver, 'MATCH (c:Counter) RETURN c.n AS c'), workers * each);
    assert.strictEqual(await count(driver), workers * each);
  });

  await t.test('a connection dropped inside a transaction rolls it back', async () => {
    await clear();
    const other = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
    const session = other.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T {dropped: true})');
    await other.close();   // closes the socket with the transaction open
    await server.waitForLog(/ended inside a transaction: rolled back/);
    assert.strictEqual(await count(driver), 0);
  });
});
