// liverkg serve --db DIR: a write acknowledged over Bolt is on disk (it survives kill -9 and
// a restart), a second process on DIR is refused with the lock error, SIGTERM rolls back an
// open transaction and checkpoints, --load imports into the database.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

const binary = process.env.LIVERKG_BINARY;

const killed = (server, signal) => new Promise((done) => {
  server.proc.once('exit', (code, sig) => done({ code, sig }));
  server.proc.kill(signal);
});

async function withDriver(server, f) {
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
  try {
    return await f(driver);
  } finally {
    await driver.close();
  }
}

async function countT(server) {
  return withDriver(server, async (driver) => {
    const r = await driver.executeQuery('MATCH (n:T) RETURN count(n) AS c, sum(n.i) AS s');
    return [r.records[0].get('c').toNumber(), r.records[0].get('s').toNumber()];
  });
}

test('serve --db', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liverkg-serve-db-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'kg');

  let again = null;
  let bookmark = null;
  t.after(() => again && again.stop());
  await t.test('acknowledged writes survive kill -9 and a restart', async () => {
    const server = await startServer(['--db', db]);
    bookmark = await withDriver(server, async (driver) => {
      const session = driver.session();
      await session.run('CREATE (:T {i: 1})');                                    // auto-commit
      await session.executeWrite((tx) => tx.run('CREATE (:T {i: 10}), (:T {i: 100})'));   // explicit
      await session.close();
      return session.lastBookmarks()[0];
    });
    assert.strictEqual(bookmark, 'liverkg:2');   // the log's transaction numbers
    const end = await killed(server, 'SIGKILL');   // right after the last acknowledgement
    assert.strictEqual(end.sig, 'SIGKILL');
    again = await startServer(['--db', db]);
    assert.deepStrictEqual(await countT(again), [3, 111]);
  });

  await t.test('a second process on the same directory gets the lock error', () => {
    for (const args of [['serve', '--listen', '127.0.0.1:0', '--db', db], ['--db', db, '-c', 'RETURN 1']]) {
      const r = spawnSync(binary, args, { env: { ...process.env, LIVERKG_PASSWORD: password }, encoding: 'utf8', timeout: 10000 });
      assert.strictEqual(r.status, 2, r.stderr);
      assert.match(r.stderr, /cannot open the database: .* is open in another liverkg process \(pid \d+, lock file .*lock\)/);
    }
  });

  await t.test('SIGTERM rolls back an open transaction and checkpoints', async () => {
    const driver = neo4j.driver(again.url(), neo4j.auth.basic('neo4j', password));
    const session = driver.session();
    const tx = session.beginTransaction();
    await tx.run('CREATE (:T {i: 1000})');
    const end = await killed(again, 'SIGTERM');
    assert.strictEqual(end.code, 0);
    assert.match(again.log, /ended inside a transaction: rolled back/);
    assert.match(again.log, /checkpoint written/);
    await driver.close().catch(() => {});
    assert.strictEqual(fs.statSync(path.join(db, 'wal.log')).size, 16);   // the log emptied into the checkpoint
    const third = await startServer(['--db', db]);
    t.after(() => third.stop());
    assert.deepStrictEqual(await countT(third), [3, 111]);
    await withDriver(third, async (driver) => {   // bookmarks go on from where they were
      const session = driver.session();
      await session.run('CREATE (:Later)');
      await session.close();
      assert.strictEqual(session.lastBookmarks()[0], 'liverkg:3');
    });
    await third.stop();
  });

  await t.test('--load imports into the database, as liverkg --db --load does', async () => {
    const script = path.join(dir, 'seed.cypher');
    fs.writeFileSync(script, 'CREATE (:T {i: 5}), (:T {i: 7});\n');
    const fresh = path.join(dir, 'loaded');
    const server = await startServer(['--db', fresh, '--load', script]);
    assert.deepStrictEqual(await countT(server), [2, 12]);
    await killed(server, 'SIGKILL');
    const again = await startServer(['--db', fresh]);
    t.after(() => again.stop());
    assert.deepStrictEqual(await countT(again), [2, 12]);
  });
});
