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

  await t.test('Bolt 4.4: HELLO carries the credentials; nodes come without element ids', async () => {
    // PackStream by hand: short strings and maps are all this needs.
    const str = (x) => {
      const n = Buffer.byteLength(x);
      return Buffer.concat([Buffer.from(n < 16 ? [0x80 + n] : [0xd0, n]), Buffer.from(x)]);
    };
    const map = (o) => Buffer.concat([Buffer.from([0xa0 + Object.keys(o).length]),
      ...Object.entries(o).flatMap(([k, v]) => [str(k), str(v)])]);
    const v44 = Buffer.concat([magic, Buffer.from([0, 2, 4, 4]), Buffer.alloc(12)]);   // 4.4 down to 4.2
    const hello44 = (pw) => message(Buffer.concat([Buffer.from([0xb1, 0x01]),
      map({ user_agent: 'raw/4.4', scheme: 'basic', principal: 'neo4j', credentials: pw })]));
    const run = message(Buffer.concat([Buffer.from([0xb3, 0x10]), str('CREATE (n:Old {x: 1}) RETURN n'), map({}), map({})]));
    const pull = message(Buffer.concat([Buffer.from([0xb1, 0x3f]), map({})]));
    const goodbye = message(Buffer.from([0xb0, 0x02]));
    const reply = await exchange(server.port, [v44, hello44(password), run, pull, goodbye]);
    assert.deepStrictEqual(reply.subarray(0, 4), Buffer.from([0, 0, 4, 4]));
    assert.deepStrictEqual(reply.subarray(6, 8), Buffer.from([0xb1, 0x70]));   // HELLO: SUCCESS, no LOGON
    assert.ok(reply.includes(Buffer.from([0xb1, 0x71, 0x91, 0xb3, 0x4e])));     // RECORD [Node of 3 fields]
    assert.ok(!reply.includes(Buffer.from('node:')));
    const refused = await exchange(server.port, [v44, hello44('wrong')]);
    assert.ok(refused.includes(Buffer.from('Neo.ClientError.Security.Unauthorized')));
  });
});
