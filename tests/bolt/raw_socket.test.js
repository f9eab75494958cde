// Hostile bytes on raw sockets: each bad connection is closed with a logged reason, and the
// server goes on serving real clients.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const net = require('node:net');
const neo4j = require('neo4j-driver');
const { startServer, password } = require('./server');

const magic = Buffer.from([0x60, 0x60, 0xb0, 0x17]);
const v54 = Buffer.from([0, 0, 4, 5]);
const handshake = Buffer.concat([magic, Buffer.from([0, 8, 8, 5]), Buffer.alloc(12)]);

// Sends `parts` (with a pause between them) and resolves with every byte received until the
// server closes the connection.
function exchange(port, parts) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const received = [];
    socket.on('data', (d) => received.push(d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(received)));
    socket.setTimeout(10000, () => { socket.destroy(); reject(new Error('the server did not close')); });
    let i = 0;
    const next = () => { if (i < parts.length) { socket.write(parts[i++]); setTimeout(next, 50); } };
    socket.on('connect', next);
  });
}

const chunk = (body) => {
  const header = Buffer.alloc(2);
  header.writeUInt16BE(body.length);
  return Buffer.concat([header, body]);
};
const message = (body) => Buffer.concat([chunk(body), Buffer.alloc(2)]);
const hello = message(Buffer.from([0xb1, 0x01, 0xa0]));

test('raw sockets', async (t) => {
  const server = await startServer(['--empty', '--max-message-size', '4096', '--idle-timeout', '2']);
  t.after(() => server.stop());
  const driver = neo4j.driver(server.url(), neo4j.auth.basic('neo4j', password));
  t.after(() => driver.close());
  const stillServes = async () => {
    const session = driver.session();
    const r = await session.run('RETURN 7 AS seven');
    assert.strictEqual(r.records[0].get('seven').toNumber(), 7);
    await session.close();
  };

  await t.test('garbage instead of a handshake', async () => {
    const reply = await exchange(server.port, [Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')]);
    assert.strictEqual(reply.length, 0);
    await stillServes();
  });

  await t.test('no common version: four zero bytes, then closed', async () => {
    const reply = await exchange(server.port, [Buffer.concat([magic, Buffer.from([0, 0, 0, 3]), Buffer.alloc(12)])]);
    assert.deepStrictEqual(reply, Buffer.alloc(4));
  });

  await t.test('the classic range form agrees on 5.4', async () => {
    const reply = await exchange(server.port, [handshake, message(Buffer.from([0xb0, 0x02]))]);   // then GOODBYE
    assert.deepStrictEqual(reply.subarray(0, 4), v54);
  });

  await t.test('malformed PackStream closes the connection', async () => {
    await exchange(server.port, [handshake, message(Buffer.from([0xb1, 0x01, 0xd0, 0x20, 0x41]))]);
    await server.waitForLog(/closed \(malformed message/);
    await stillServes();
  });

  await t.test('an unknown message closes the connection', async () => {
    await exchange(server.port, [handshake, hello, message(Buffer.from([0xb0, 0x55]))]);
    await server.waitForLog(/closed \(unknown message tag 0x55\)/);
  });

  await t.test('an oversize message closes the connection', async () => {
    const big = Buffer.concat([chunk(Buffer.alloc(3000, 0x41)), chunk(Buffer.alloc(3000, 0x41))]);
    await exchange(server.port, [handshake, big]);
    await server.waitForLog(/exceeds the maximum message size of 4096/);
    await stillServes();
  });

  await t.test('a truncated frame waits for its end until the idle timeout, then closes', async () => {
    const reply = await exchange(server.port, [handshake, Buffer.from([0x00, 0x10, 0xb1, 0x01])]);
    assert.deepStrictEqual(reply, v54);
    await server.waitForLog(/closed \(idle for 2 s\)/);
    await stillServes();
  });


  await t.test('RUN before HELLO is refused and closes', async () => {
    const run = message(Buffer.concat([Buffer.from([0xb3, 0x10, 0x88]), Buffer.from('RETURN 1'), Buffer.from([0xa0, 0xa0])]));
    const reply = await exchange(server.port, [handshake, run]);
    assert.ok(reply.includes(Buffer.from('Neo.ClientError.Request.Invalid')));
    await stillServes();
  });
});
