#!/usr/bin/env node
// `npm test`: the public contract against the committed schema, then every Jest suite
// (unit and integration, on the embedded database and the real search engine), then the web
// app: its generated GraphQL types against the schema, its unit tests (Vitest) and its browser
// tests against the real server (apps/web-e2e, with Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const contractCheck = '../shared/tools/check-contract.mjs';
if (existsSync(contractCheck)) run('node', [contractCheck, 'apps/api/schema.gql']);
else console.log(`contract: skipped, ${contractCheck} is not present next to this checkout`);

run('npx', ['jest', ...process.argv.slice(2)], {
  NODE_ENV: 'test',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
});

run('node', ['apps/web/codegen.mjs', '--check']);
run('npx', ['vitest', 'run', '--config', 'apps/web/vite.config.mts']);

const chromium = '/usr/bin/chromium';
if (existsSync(chromium)) run('node', ['apps/web-e2e/run.mjs']);
else console.log(`e2e: skipped, ${chromium} is not installed (apt-get install -y chromium)`);
