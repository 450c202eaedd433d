#!/usr/bin/env node
// `npm test`: every runner, each even when an earlier one failed, then one line over all of them.
// The runners: the public contract against the committed schema (where the shared copy sits
// beside this checkout), every Jest suite (unit and integration, on the embedded database and
// the real search engine; or PostgreSQL with DATABASE_URL), the web app's generated GraphQL
// types against the schema, its unit tests (Vitest) and its browser tests against the real
// server (apps/web-e2e, with Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

// Absolute: Vitest resolves report paths against its own root (apps/web).
const results = join(process.cwd(), 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const readJson = (file) => JSON.parse(readFileSync(join(results, file), 'utf8'));
/** Names of the failed tests in a Jest or Vitest JSON report, with the first line of why. */
const failedIn = (report) =>
  report.testResults.flatMap((suite) => {
    const failed = suite.assertionResults.filter((test) => test.status === 'failed');
    if (!failed.length && suite.status === 'failed') return [`${relative(process.cwd(), suite.name)}: ${firstLine(suite.message)}`];
    return failed.map((test) => `${relative(process.cwd(), suite.name)}: ${test.fullName}: ${firstLine(test.failureMessages.join('\n'))}`);
  });
/** The first telling line of a failure, without the terminal colours reports carry. */
const firstLine = (text) => (text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('●')) ?? '';

/** Passed and failed tests of a runner, from the report it wrote; a runner that wrote none counts as one check. */
const counted = (read) => (status) => {
  try {
    return read();
  } catch {
    return status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  }
};
const jestCounts = counted(() => {
  const report = readJson('jest.json');
  // A suite that fails to load has no tests but must still count as a failure.
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites, names: failedIn(report) };
});
const vitestCounts = counted(() => {
  const report = readJson('vitest.json');
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.success === false && !report.numFailedTests ? 1 : 0), names: failedIn(report) };
});
const e2eCounts = counted(() => {
  const tap = readFileSync(join(results, 'e2e.tap'), 'utf8');
  const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)[1]);
  const names = [...tap.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((match) => match[1]);
  return { passed: total('pass'), failed: total('fail') + total('cancelled'), names };
});
const oneCheck = counted(() => {
  throw new Error('no report');
});

const sharedContractCheck = '../shared/tools/check-contract.mjs';
const chromium = '/usr/bin/chromium';
const runners = [
  {
    name: 'contract (shared copy)',
    skip: !existsSync(sharedContractCheck) && `${sharedContractCheck} is not beside this checkout; the project's own copy is checked by Jest`,
    command: ['node', sharedContractCheck, 'apps/api/schema.gql'],
    counts: oneCheck,
  },
  {
    name: 'Jest (API and libraries)',
    command: ['npx', 'jest', '--json', `--outputFile=${join(results, 'jest.json')}`, ...process.argv.slice(2)],
    env: { NODE_ENV: 'test', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
    counts: jestCounts,
  },
  { name: 'web GraphQL types', command: ['node', 'apps/web/codegen.mjs', '--check'], counts: oneCheck },
  {
    name: 'Vitest (web)',
    command: ['npx', 'vitest', 'run', '--config', 'apps/web/vite.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`],
    counts: vitestCounts,
  },
  {
    name: 'browser tests (web-e2e)',
    skip: !existsSync(chromium) && `${chromium} is not installed (apt-get install -y chromium)`,
    command: ['node', 'apps/web-e2e/run.mjs'],
    env: { E2E_TAP_FILE: join(results, 'e2e.tap') },
    counts: e2eCounts,
  },
];

const summary = [];
for (const runner of runners) {
  if (runner.skip) {
    console.log(`\n== ${runner.name}: skipped, ${runner.skip}`);
    summary.push({ name: runner.name, skipped: true });
    continue;
  }
  console.log(`\n== ${runner.name}`);
  const [command, ...args] = runner.command;
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...runner.env } });
  const counts = runner.counts(status);
  // A runner that exits non-zero has failed even if its report shows no failed test.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  summary.push({ name: runner.name, ...counts });
}

console.log('\n== summary');
for (const line of summary) {
  console.log(`${line.name}: ${line.skipped ? 'skipped' : `${line.passed} passed, ${line.failed} failed`}`);
  // Named here, at the end, because a CI log is often read from its tail.
  for (const name of line.names ?? []) console.log(`  failed: ${name}`);
}
const passed = summary.reduce((sum, line) => sum + (line.passed ?? 0), 0);
const failed = summary.reduce((sum, line) => sum + (line.failed ?? 0), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
