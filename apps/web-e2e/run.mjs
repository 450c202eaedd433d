#!/usr/bin/env node
// `npm run test:e2e`: builds the API and the web app, starts the real server on a free port with
// a fresh data folder (demo content, managed search engine), runs the browser tests against it
// with Debian's Chromium, and stops the server again, whatever happened.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './support/server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

if (!existsSync(CHROMIUM)) {
  console.error(`e2e: ${CHROMIUM} is missing. Install it with: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}

// `node apps/web-e2e/run.mjs session xss` runs only the files whose names contain those words
// (a path works too: its file name counts).
const only = process.argv.slice(2).map((word) => basename(word));
const names = readdirSync(join(here, 'src')).filter((name) => name.endsWith('.e2e.ts'));
const files = names.filter((name) => !only.length || only.some((word) => name.includes(word))).map((name) => join(here, 'src', name));
// Without files, `node --test` would look for tests itself, and find the whole suite (tools/test.mjs).
if (!files.length) {
  console.error(`e2e: no browser test file matches ${only.join(', ')}; the files are:\n  ${names.join('\n  ')}`);
  process.exit(1);
}

const build = spawnSync('node', ['tools/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let server;
try {
  server = await startServer(root);
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}
console.log(`e2e: server ready on ${server.baseUrl} after ${seconds()}`);

let status = 1;
try {
  // `npm test` also asks for a TAP copy, to count passed and failed tests over every runner.
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
  if (process.env.E2E_TAP_FILE) reporters.push('--test-reporter=tap', `--test-reporter-destination=${process.env.E2E_TAP_FILE}`);
  const tests = spawnSync(
    'node',
    ['--import', join(here, 'support/register-ts.mjs'), '--test', '--test-concurrency=4', ...reporters, ...files],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_URL: server.baseUrl } },
  );
  status = tests.status ?? 1;
  if (status !== 0) console.error(`e2e: failed; the last lines of the server log:\n${server.log()}`);
} finally {
  await server.stop();
}
console.log(`e2e: ${status === 0 ? 'passed' : 'failed'} in ${seconds()} (build, server start, tests, stop)`);
process.exit(status);
