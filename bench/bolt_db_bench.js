// Throughput of `liverkg serve --db DIR` over Bolt: auto-commit writes per second (each one
// log record, fdatasync'ed before its SUCCESS), write transactions per second through
// session.executeWrite (BEGIN, two RUNs, COMMIT), and reads per second, at 1, 8 and 32
// concurrent clients. Not part of the test suite; figures go to docs/performance.md.
//
//   NODE_PATH=build/bolt-node/node_modules node bench/bolt_db_bench.js build/liverkg [SECONDS] [DB_PARENT]
//
// The database is created in a fresh directory under DB_PARENT (default: the system's temp
// directory; put it on the disk whose fsync you want measured) and removed afterwards.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const neo4j = require('neo4j-driver');

const [binary, secondsArg, parent] = process.argv.slice(2);
if (!binary) {
  console.error('usage: node bench/bolt_db_bench.js LIVERKG [SECONDS_PER_CELL] [DB_PARENT]');
  process.exit(2);
}
const seconds = Number(secondsArg || 3);
const password = 'bench-only-password';

function startServer(db) {
  return new Promise((resolve, reject) => {
    const proc = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--db', db, '--log-level', 'warn',
                                '--max-connections', '128'],
                       { env: { ...process.env, LIVERKG_PASSWORD: password }, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    proc.stderr.on('data', (d) => {
      log += d;
      const m = /listening on [^\s]+:(\d+)/.exec(log);
      if (m) resolve({ proc, port: Number(m[1]) });
    });
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${log}`)));
  });
}

// Runs `step(session, i)` from `clients` sessions for `seconds`; returns operations per second.
async function measure(driver, clients, step, mode = neo4j.session.WRITE) {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  const worker = async (w) => {
    const session = driver.session({ defaultAccessMode: mode });
    for (let i = 0; Date.now() < end; i++) {
      await step(session, w * 1e6 + i);
      done += 1;
    }
    await session.close();
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
  return done / ((Date.now() - t0) / 1000);
}

const cases = {
  'auto-commit CREATE': (s, i) => s.run('CREATE (:W {i: $i})', { i: neo4j.int(i) }),
  'executeWrite (read + SET + CREATE)': (s, i) => s.executeWrite(async (tx) => {
    const r = await tx.run('MATCH (c:Counter) RETURN c.n AS n');
    await tx.run('MATCH (c:Counter) SET c.n = $n CREATE (:X {i: $i})',
                 { n: r.records[0].get('n').add(1), i: neo4j.int(i) });
  }),
  'auto-commit read (count of :W)': (s) => s.run('MATCH (n:W) RETURN count(n) AS c'),
  'executeRead (same read)': (s) => s.executeRead((tx) => tx.run('MATCH (n:W) RETURN count(n) AS c')),
};

(async () => {
  const dir = fs.mkdtempSync(path.join(parent || os.tmpdir(), 'liverkg-bolt-db-'));
  const server = await startServer(path.join(dir, 'db'));
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('neo4j', password),
                              { maxConnectionPoolSize: 64 });
  try {
    await driver.executeQuery('CREATE (:Counter {n: 0})');
    console.log('| operation | 1 client | 8 clients | 32 clients |');
    console.log('|---|---|---|---|');
    for (const [name, step] of Object.entries(cases)) {
      const mode = name.includes('read') ? neo4j.session.READ : neo4j.session.WRITE;
      const ops = [];
      for (const clients of [1, 8, 32]) ops.push(await measure(driver, clients, step, mode));
      console.log(`| ${name} | ${ops.map((q) => q.toFixed(0) + '/s').join(' | ')} |`);
    }
    const r = await driver.executeQuery('MATCH (w:W) RETURN count(w) AS w');
    console.log(`(${r.records[0].get('w')} :W nodes written; log ${fs.statSync(path.join(dir, 'db', 'wal.log')).size} bytes)`);
  } finally {
    await driver.close();
    server.proc.kill('SIGTERM');
    await new Promise((done) => server.proc.once('exit', done));
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });
