// The README tour's Cypher statements through the driver give the same rows as `liverkg -c`
// (the rows compared in the JSON shape of `--format json`).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

// The statements of the README's tour (its first ```cypher block), minus comments and
// meta-commands, so that this test follows the README.
function tourStatements() {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const tour = readme.slice(readme.indexOf('## A short tour'));
  const block = /```cypher\n([\s\S]*?)```/.exec(tour)[1];
  return block.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//') && !l.startsWith(':'))
    .map((l) => l.replace(/;$/, ''));
}

// A driver value in the shape `liverkg --format json` prints.
function plain(v) {
  if (neo4j.isInt(v)) return v.toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isNode(v)) return { _id: plain(v.identity), _kind: 'node', labels: v.labels, properties: plain(v.properties) };
  if (neo4j.isRelationship(v)) {
    return { _id: plain(v.identity), _kind: 'relationship', start: plain(v.start), end: plain(v.end), type: v.type,
             properties: plain(v.properties) };
  }
  if (neo4j.isPath(v)) {
    return { _kind: 'path', nodes: [v.start, ...v.segments.map((s) => s.end)].map(plain),
             relationships: v.segments.map((s) => plain(s.relationship)) };
  }
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

test('the README tour over Bolt prints what liverkg -c prints', async (t) => {
  const server = await startServer();
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
  const session = driver.session();
  t.after(async () => { await session.close(); await driver.close(); await server.stop(); });
  const tour = tourStatements();
  assert.ok(tour.length >= 3, 'the README tour has statements');
  for (const statement of tour) {
    const cli = JSON.parse(execFileSync(process.env.LIVERKG_BINARY, ['--format', 'json', '-c', statement],
      { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    const result = await session.run(statement);
    assert.deepStrictEqual(result.records[0].keys, cli.columns);
    assert.ok(cli.rows.length > 0, statement);
    assert.deepStrictEqual(result.records.map((r) => plain(r._fields)), cli.rows, statement);
  }
});
