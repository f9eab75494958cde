// Connecting: good and bad credentials, both driver generations, --no-auth, password files.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const neo4j = require('neo4j-driver');
const neo4j5 = require('neo4j-driver-5');
const { startServer, password } = require('./server');

test('authentication', async (t) => {
  const server = await startServer();
  t.after(() => server.stop());

  await t.test('good credentials connect with driver 6 over Bolt 5.4', async () => {
    const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
    const info = await driver.getServerInfo();
    assert.match(info.agent, /^liverkg\//);
    assert.strictEqual(info.protocolVersion.toString(), '5.4');
    await driver.close();
  });

  await t.test('driver 5.x negotiates too, and neo4j:// routing works', async () => {
    const driver = neo4j5.driver(server.url('neo4j'), neo4j5.auth.basic('neo4j', password));
    await driver.verifyConnectivity();
    const session = driver.session();
    const result = await session.run('RETURN 40 + 2 AS answer');
    assert.strictEqual(result.records[0].get('answer').toNumber(), 42);
    await session.close();
    await driver.close();
  });

  await t.test('wrong password is Unauthorized, after a delay', async () => {
    const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', 'wrong'));
    const started = Date.now();
    await assert.rejects(driver.verifyConnectivity(), (e) => e.code === 'Neo.ClientError.Security.Unauthorized');
    assert.ok(Date.now() - started >= 900, 'the failure comes after the documented 1 s delay');
    await driver.close();
  });

  await t.test('wrong user is Unauthorized; the log never holds the password', async () => {
    const driver = neo4j.driver(server.url(), neo4j.auth.basic('someone', password));
    await assert.rejects(driver.verifyConnectivity(), (e) => e.code === 'Neo.ClientError.Security.Unauthorized');
    await driver.close();
    await server.waitForLog(/authentication failed for user 'someone'/);
    assert.ok(!server.log.includes(password));
  });
});

test('--password-file and --user', async (t) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'liverkg-bolt-')), 'pw');
  fs.writeFileSync(file, 'from-a-file\n');
  const server = await startServer(['--password-file', file, '--user', 'curator'], {});
  t.after(() => server.stop());
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('curator', 'from-a-file'));
  await driver.verifyConnectivity();
  await driver.close();
});

test('--no-auth accepts anyone and warns', async (t) => {
  const server = await startServer(['--no-auth'], {});
  t.after(() => server.stop());
  await server.waitForLog(/WARNING: authentication is off/);
  const driver = neo4j.driver(server.url());
  await driver.verifyConnectivity();
  await driver.close();
});

test('SIGTERM stops the server cleanly', async () => {
  const server = await startServer();
  assert.strictEqual(await server.stop(), 0);
  await server.waitForLog(/stopping/);
});
