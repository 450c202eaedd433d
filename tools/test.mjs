#!/usr/bin/env node
// `npm test`: the public contract against the committed schema, then every Jest suite
// (unit and integration, on the embedded database and the real search engine).
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
