// Starts the real Werkkennis server (the built API, serving the built web app) on a free port
// with a fresh data folder, for the browser tests and the web benchmark; stops it and removes
// the folder again.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** @param {string} root the repository root; `dist/` must hold a build. */
export async function startServer(root) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'werkkennis-web-'));
  const logFile = join(dataDir, 'server.log');
  const baseUrl = `http://127.0.0.1:${port}`;
  // Always the embedded database and search engine, seeded with the demo content, even where the
  // surrounding run (CI's PostgreSQL pass) points elsewhere.
  const { DATABASE_URL: _database, MEILI_HOST: _meiliHost, MEILI_API_KEY: _meiliKey, ...env } = process.env;
  // `exec` so that the signal to stop reaches node itself, which then stops its search engine.
  const child = spawn('sh', ['-c', `exec node dist/apps/api/src/main.js > "${logFile}" 2>&1`], {
    cwd: root,
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  let exited = false;
  child.on('exit', () => (exited = true));

  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n') : '(no log)');

  async function stop() {
    if (!exited) {
      child.kill('SIGTERM');
      const deadline = Date.now() + 10_000;
      while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + 90_000;
  while (true) {
    if (exited) {
      const lines = log();
      await stop();
      throw new Error(`the server stopped during start-up:\n${lines}`);
    }
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      const lines = log();
      await stop();
      throw new Error(`the server did not become healthy within 90 s:\n${lines}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, log, stop };
}
