// Errors reach the client with Neo4j's status codes and the engine's message and position;
// the session goes on after each (the driver RESETs a failed connection).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

test('errors', async (t) => {
  const server = await startServer(['--empty']);
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
  const session = driver.session();
  t.after(async () => { await session.close(); await driver.close(); await server.stop(); });
  const fails = (query, params, code, pattern) =>
    assert.rejects(session.run(query, params), (e) => {
      assert.strictEqual(e.code, code);
      if (pattern) assert.match(e.message, pattern);
      return true;
    });

  await t.test('syntax errors name the place', () =>
    fails('MATCH (n RETURN n', {}, 'Neo.ClientError.Statement.SyntaxError', /line 1, column \d+ \(offset: \d+\)/));
  await t.test('unknown variables are syntax errors, as in Neo4j', () =>
    fails('RETURN nope', {}, 'Neo.ClientError.Statement.SyntaxError', /UndefinedVariable.*nope/));
  await t.test('a missing parameter', () =>
    fails('RETURN $absent', {}, 'Neo.ClientError.Statement.ParameterMissing', /absent/));
  await t.test('type errors', () =>
    fails('RETURN $s - 1 AS x', { s: 'a' }, 'Neo.ClientError.Statement.TypeError', /String and Integer/));
  await t.test('an unknown database', async () => {
    const other = driver.session({ database: 'elsewhere' });
    await assert.rejects(other.run('RETURN 1'), (e) => e.code === 'Neo.ClientError.Database.DatabaseNotFound');
    await other.close();
  });
  await t.test('a failed statement leaves the graph as it was and the session usable', async () => {
    await assert.rejects(session.run('CREATE (:A) WITH 1 AS x RETURN 1 / 0 AS boom'));
    const r = await session.run('MATCH (a:A) RETURN count(a) AS c');
    assert.strictEqual(r.records[0].get('c').toNumber(), 0);
  });
});
