// TLS: --tls-cert/--tls-key serve bolt+ssc:// and verified bolt+s-style clients, with a
// self-signed certificate made by the openssl command at test time. A plaintext client
// against a TLS server fails cleanly and the server goes on; bad files stop it at startup.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liverkg-tls-'));
const cert = path.join(dir, 'cert.pem');
const key = path.join(dir, 'key.pem');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
  '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost',
  '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });

// Runs `liverkg serve` expecting it to stop at startup; returns its status and stderr.
function startupFailure(args) {
  const r = spawnSync(process.env.LIVERKG_BINARY, ['serve', '--listen', '127.0.0.1:0', '--empty', ...args],
    { env: { ...process.env, LIVERKG_PASSWORD: password }, encoding: 'utf8', timeout: 20000 });
  return { status: r.status, stderr: r.stderr };
}

test('TLS', async (t) => {
  const server = await startServer(['--empty', '--tls-cert', cert, '--tls-key', key]);
  t.after(() => server.stop());
  const query = async (driver) => {
    const session = driver.session();
    try {
      const r = await session.run('UNWIND [1, 2, 3] AS x RETURN sum(x) AS total');
      return r.records[0].get('total').toNumber();
    } finally {
      await session.close();
    }
  };

  await t.test('bolt+ssc:// (self-signed accepted) runs a query', async () => {
    const driver = neo4j.driver(server.url('bolt+ssc'), neo4j.auth.basic('neo4j', password));
    t.after(() => driver.close());
    assert.strictEqual(await query(driver), 6);
    const info = await driver.getServerInfo();
    assert.match(info.agent, /^liverkg\//);
  });

  await t.test('a client that verifies the certificate against it (as bolt+s:// does with a CA) connects', async () => {
    const driver = neo4j.driver(server.url('bolt'), neo4j.auth.basic('neo4j', password), {
      encrypted: 'ENCRYPTION_ON', trust: 'TRUST_CUSTOM_CA_SIGNED_CERTIFICATES', trustedCertificates: [cert],
    });
    t.after(() => driver.close());
    assert.strictEqual(await query(driver), 6);
  });

  await t.test('bolt+s:// refuses a certificate no CA signed (the client checks, not us)', async () => {
    const driver = neo4j.driver(server.url('bolt+s'), neo4j.auth.basic('neo4j', password));
    t.after(() => driver.close());
    await assert.rejects(driver.verifyConnectivity());
  });

  await t.test('a plaintext client fails cleanly; the server keeps serving TLS clients', async () => {
    const plain = neo4j.driver(server.url('bolt'), neo4j.auth.basic('neo4j', password),
      { connectionTimeout: 5000 });
    await assert.rejects(plain.verifyConnectivity());
    await plain.close();
    await server.waitForLog(/closed \(TLS handshake failed/);
    const driver = neo4j.driver(server.url('bolt+ssc'), neo4j.auth.basic('neo4j', password));
    assert.strictEqual(await query(driver), 6);
    await driver.close();
  });

  await t.test('the log never holds the key or the password', () => {
    const keyBody = fs.readFileSync(key, 'utf8').split('\n')[1];
    assert.ok(keyBody.length > 20);
    assert.ok(!server.log.includes(keyBody));
    assert.ok(!server.log.includes(password));
  });
});

test('bad TLS files stop the server at startup, naming the file', async (t) => {
  const other = path.join(dir, 'other-key.pem');
  execFileSync('openssl', ['genpkey', '-algorithm', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', other],
    { stdio: 'ignore' });
  const garbage = path.join(dir, 'garbage.pem');
  fs.writeFileSync(garbage, 'not a certificate\n');
  const missing = path.join(dir, 'missing.pem');
  const cases = [
    ['a missing certificate', ['--tls-cert', missing, '--tls-key', key], [/cannot read the TLS certificate file/, missing]],
    ['a missing key', ['--tls-cert', cert, '--tls-key', missing], [/cannot read the TLS key file/, missing]],
    ['a file that is no certificate', ['--tls-cert', garbage, '--tls-key', key], [/certificate file .* no usable PEM certificate/, garbage]],
    ['a file that is no key', ['--tls-cert', cert, '--tls-key', garbage], [/key file .* no usable PEM private key/, garbage]],
    ['a key of another certificate', ['--tls-cert', cert, '--tls-key', other], [/does not belong to the certificate/, other]],
    ['a certificate without its key', ['--tls-cert', cert], [/needs both --tls-cert FILE and --tls-key FILE/]],
  ];
  for (const [name, args, [pattern, file]] of cases) {
    await t.test(name, () => {
      const r = startupFailure(args);
      assert.strictEqual(r.status, 2, r.stderr);
      assert.match(r.stderr, pattern);
      if (file) assert.ok(r.stderr.includes(file), r.stderr);
      assert.ok(!/Bolt server listening/.test(r.stderr));
      assert.ok(!r.stderr.includes('PRIVATE KEY'));
    });
  }
});
