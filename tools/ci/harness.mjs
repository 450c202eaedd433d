// Shared pieces of the CI scripts that run the built server as separate processes.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';

const require = createRequire(import.meta.url);

export const tempDir = (name) => mkdtempSync(join(tmpdir(), `werkkennis-${name}-`));

/** A real Meilisearch for the processes under test, as production would have one. */
export async function startSearchEngine() {
  const { startManagedMeilisearch } = require('../../dist/libs/search/src/lib/managed-meilisearch.js');
  return startManagedMeilisearch({ dataDir: tempDir('meili') });
}

/** The built API of this checkout, or of another one (`root`, e.g. an older commit to compare with). */
export function startServer(name, env, root = '.') {
  const child = spawn(process.execPath, [resolvePath(root, 'dist/apps/api/src/main.js')], { cwd: resolvePath(root), env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${env.PORT}`;
  return {
    name,
    child,
    url,
    output: () => output,
    async ready() {
      for (let i = 0; i < 600; i += 1) {
        if (child.exitCode !== null) throw new Error(`${name} stopte:\n${output}`);
        try {
          if ((await fetch(`${url}/health/ready`)).ok) return;
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${name} werd niet gereed:\n${output}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export function expectData(result, what) {
  if (result.errors || !result.data) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  console.log(`  ok  ${what}`);
  return result.data;
}

export async function eventually(what, check, timeoutMs = 5000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: niet binnen ${timeoutMs} ms`);
}

/** The public contract's operations by name. */
export function contractOperations() {
  const { parse, print } = require('graphql');
  const { readFileSync } = require('node:fs');
  const document = parse(readFileSync('apps/api/contract/operations.graphql', 'utf8'));
  return Object.fromEntries(document.definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => [d.name.value, print(d)]));
}
