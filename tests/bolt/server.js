// Starts `liverkg serve` on a free port for a test file and stops it afterwards.
'use strict';
const { spawn } = require('node:child_process');

const binary = process.env.LIVERKG_BINARY;
const password = 'test-password-123';

// Resolves once the server prints its address; `log` collects everything it writes on stderr.
function startServer(args = [], env = { LIVERKG_PASSWORD: password }) {
  return new Promise((resolve, reject) => {
    const proc = spawn(binary, ['serve', '--listen', '127.0.0.1:0', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = { proc, log: '', port: 0 };
    server.url = (scheme = 'bolt') => `${scheme}://127.0.0.1:${server.port}`;
    // The log arrives through a pipe, possibly after the client saw the effect: wait for it.
    server.waitForLog = async (pattern, ms = 5000) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        if (pattern.test(server.log)) return;
      }
      throw new Error(`the server log never matched ${pattern}:\n${server.log}`);
    };
    server.stop = () => new Promise((done) => {
      if (proc.exitCode !== null) return done(proc.exitCode);
      proc.once('exit', (code) => done(code));
      proc.kill('SIGTERM');
    });
    proc.stderr.on('data', (chunk) => {
      server.log += chunk;
      const m = /Bolt server listening on [^\s]+:(\d+)/.exec(server.log);
      if (m && !server.port) {
        server.port = Number(m[1]);
        resolve(server);
      }
    });
    proc.once('exit', (code) => reject(new Error(`liverkg serve exited with ${code}:\n${server.log}`)));
  });
}

module.exports = { startServer, password };
