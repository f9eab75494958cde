// Queries per second over Bolt for Q2 and Q3 of the shared benchmark at 1, 8 and 32 concurrent
// clients, and the latency the protocol adds to a statement (round trip minus the server's
// own time, `t_first` + `t_last`). Not part of the test suite; figures go to docs/performance.md.
//
//   python3 ../shared/bench/gen_graph.py --scale 0.1 --out /tmp/bench-0.1
//   NODE_PATH=build/bolt-node/node_modules node bench/bolt_bench.js build/liverkg /tmp/bench-0.1 [SECONDS]
//
// (build/bolt-node is where `ctest -R bolt` installs the pinned driver.)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const neo4j = require('neo4j-driver');

const [binary, dataDir, secondsArg] = process.argv.slice(2);
if (!binary || !dataDir) {
  console.error('usage: node bench/bolt_bench.js LIVERKG DATA_DIR [SECONDS_PER_CELL]');
  process.exit(2);
}
const seconds = Number(secondsArg || 5);
const password = 'bench-only-password';

function queries() {
  const md = fs.readFileSync(path.join(__dirname, '..', '..', 'shared', 'bench', 'queries.md'), 'utf8');
  const params = JSON.parse(fs.readFileSync(path.join(dataDir, 'params.json'), 'utf8'));
  const subst = { Q2_LABEL: params.Q2.label, Q2_PREFIX: params.Q2.prefix, Q3_ID: params.Q3.id };
  const out = {};
  for (const id of ['Q2', 'Q3']) {
    const m = new RegExp('^```cypher id=' + id + '\\s*\\n([\\s\\S]*?)^```', 'm').exec(md);
    out[id] = m[1].trim().replace(/\{\{(\w+)\}\}/g, (_, k) => subst[k]);
  }
  return out;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--load', dataDir, '--log-level', 'warn',
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

async function measure(driver, query, clients) {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  const worker = async () => {
    const session = driver.session();
    while (Date.now() < end) {
      await session.run(query);
      done += 1;
    }
    await session.close();
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: clients }, worker));
  return done / ((Date.now() - t0) / 1000);
}

async function overhead(driver, query, runs = 200) {
  const session = driver.session();
  const added = [], total = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = await session.run(query);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const server = r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
    total.push(ms);
    added.push(ms - server);
  }
  await session.close();
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { total: median(total), added: median(added) };
}

(async () => {
  const server = await startServer();
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('neo4j', password),
                              { maxConnectionPoolSize: 64 });
  console.log(`| query | 1 client | 8 clients | 32 clients | median round trip | added by Bolt |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [id, query] of Object.entries(queries())) {
    await driver.session().run(query);   // warm the indexes
    const qps = [];
    for (const clients of [1, 8, 32]) qps.push(await measure(driver, query, clients));
    const o = await overhead(driver, query);
    console.log(`| ${id} | ${qps.map((q) => q.toFixed(0) + ' q/s').join(' | ')} | ${o.total.toFixed(2)} ms | ` +
                `${o.added.toFixed(2)} ms |`);
  }
  await driver.close();
  server.proc.kill('SIGTERM');
})().catch((e) => { console.error(e); process.exit(1); });
