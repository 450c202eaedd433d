#!/usr/bin/env node
// `npm run bench:load`: 50 concurrent clients for 60 s of mixed search, reads and writes
// against the production build on PostgreSQL (DATABASE_URL, an empty database), with a real
// Meilisearch. Prints requests per second, p50/p95/p99 per operation and the errors; then
// waits for the outbox and checks that database and index agree (search:check).
// With BENCH_AGAINST=<checkout> (another commit's working tree, built with `node tools/build.mjs`
// and with its node_modules), the same load runs first against that build and then against
// this one, on the same emptied database and machine, and the two are compared.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { resolve as resolvePath } from 'node:path';
import pg from 'pg';
import { startSearchEngine, startServer, tempDir } from '../ci/harness.mjs';

if (!process.env.DATABASE_URL) {
  console.log('bench:load heeft DATABASE_URL nodig (een lege PostgreSQL-database), bijvoorbeeld:');
  console.log('  DATABASE_URL=postgres://werkkennis:geheim@127.0.0.1:5432/werkkennis_load npm run bench:load');
  process.exit(1);
}
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PASSWORD = 'load-test-wachtwoord';
const AGAINST = process.env.BENCH_AGAINST;

/** Runs the load against the build in `root`; returns the figures. */
async function measure(root, label) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const meili = await startSearchEngine();
  const env = {
    NODE_ENV: 'production',
    PORT: '3970',
    DATA_DIR: tempDir('load'),
    JWT_SECRET: 'load-test-secret-that-is-long-enough-0123456789',
    MEILI_HOST: meili.host,
    MEILI_API_KEY: meili.apiKey,
    MEILI_INDEX: 'load',
    // One editor account writes for many simulated clients; production keeps the default limit.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
  };
  const server = startServer(label, env, root);

  function post(body, token) {
    return new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const request = http.request(
        `${server.url}/graphql`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => {
            const parsed = JSON.parse(text);
            if (response.statusCode !== 200 || parsed.errors) reject(new Error(`${response.statusCode} ${JSON.stringify(parsed.errors)}`));
            else resolve(parsed.data);
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const words = ['werkhervatting', 'vakmanschp', 're-integr', 'bijstand', 'jobcoach', 'duurzame werkhervatting', 'motivatie', 'werkgever', 'EBP', 'alleenstaande moeders'];

  try {
    const account = spawnSync(
      process.execPath,
      [resolvePath(root, 'dist/apps/api/src/cli/create-account.js'), '--email', 'belasting@gemeente.example', '--name', 'Belasting', '--role', 'EDITOR', '--organization', 'Gemeente Belasting', '--kind', 'MUNICIPALITY'],
      { env: { ...process.env, ...env, WERKKENNIS_PASSWORD: PASSWORD }, encoding: 'utf8' },
    );
    if (account.status !== 0 && !/al een account/.test(account.stderr + account.stdout)) throw new Error(account.stderr || account.stdout);
    await server.ready();
    const { login } = await post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: 'belasting@gemeente.example', p: PASSWORD } });
    const token = login.token;
    const slugs = [];
    const ids = [];
    const create = async (i) => {
      const { createProject } = await post(
        { query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id slug } }', variables: { input: { title: `Belastingproef ${i} ${words[i % words.length]}`, summary: `Een project over ${words[(i + 3) % words.length]} en ${words[(i + 5) % words.length]} in de wijk.` } } },
        token,
      );
      await post({ query: 'mutation($id: ID!) { publishProject(id: $id) { id } }', variables: { id: createProject.id } }, token);
      slugs.push(createProject.slug);
      ids.push(createProject.id);
    };
    for (let i = 0; i < 50; i += 1) await create(i);

    const operations = [
      ['search', 45, () => post({ query: 'query($i: SearchInput!) { search(input: $i) { total hits { id title highlight } facets { name values { value count } } } }', variables: { i: { query: words[Math.floor(Math.random() * words.length)], facets: ['type', 'status'] } } })],
      ['project', 20, () => post({ query: 'query($s: String!) { project(slug: $s) { id title organizations { name } findings { title } interventions { name } } }', variables: { s: slugs[Math.floor(Math.random() * slugs.length)] } })],
      ['projects', 15, () => post({ query: '{ projects(first: 20, sort: RECENTLY_UPDATED) { nodes { id title organizations { name } } } }' })],
      ['createProject+publish', 10, () => create(slugs.length)],
      ['addFinding', 10, () => post({ query: 'mutation($input: AddFindingInput!) { addFinding(input: $input) { id } }', variables: { input: { projectId: ids[Math.floor(Math.random() * ids.length)], title: 'Tussenresultaat', summary: 'Een bevinding tijdens de belastingproef.' } } }, token)],
    ];
    const totalWeight = operations.reduce((sum, [, weight]) => sum + weight, 0);
    const pick = () => {
      let roll = Math.random() * totalWeight;
      return operations.find(([, weight]) => (roll -= weight) < 0);
    };
    const stats = new Map(operations.map(([name]) => [name, { latencies: [], errors: 0, firstError: '' }]));
    const deadline = Date.now() + SECONDS * 1000;
    console.log(`bench:load — ${label}: productiebouw op PostgreSQL, ${CLIENTS} clients, ${SECONDS} s`);
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < deadline) {
          const [name, , run] = pick();
          const stat = stats.get(name);
          const started = performance.now();
          try {
            await run();
            stat.latencies.push(performance.now() - started);
          } catch (error) {
            stat.errors += 1;
            stat.firstError ||= error.message.slice(0, 200);
          }
        }
      }),
    );
    let requests = 0;
    let errors = 0;
    for (const [name, stat] of stats) {
      stat.latencies.sort((a, b) => a - b);
      requests += stat.latencies.length + stat.errors;
      errors += stat.errors;
      console.log(
        `${name.padEnd(24)} ${String(stat.latencies.length).padStart(6)} ok  ${(stat.latencies.length / SECONDS).toFixed(1).padStart(7)}/s  ` +
          `p50 ${percentile(stat.latencies, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(stat.latencies, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(stat.latencies, 99).toFixed(1).padStart(6)} ms  fouten ${stat.errors}${stat.firstError ? ` (${stat.firstError})` : ''}`,
      );
    }
    console.log(`totaal: ${(requests / SECONDS).toFixed(1)} verzoeken/s, ${errors} fouten`);
    const started = Date.now();
    for (;;) {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      if (Number(/^werkkennis_outbox_pending (\S+)$/m.exec(text)?.[1] ?? 1) === 0) break;
      if (Date.now() - started > 60_000) throw new Error('outbox niet leeg binnen 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`outbox leeg ${Date.now() - started} ms na de belasting`);
    const check = spawnSync(process.execPath, [resolvePath(root, 'dist/apps/api/src/cli/search-check.js')], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
    console.log(`search:check: ${check.stdout.trim().split('\n').slice(-2).join(' | ')}`);
    if (errors || check.status !== 0) process.exitCode = 1;
    const p99 = (names) => Math.max(...names.map((name) => percentile(stats.get(name).latencies, 99)));
    return { perSecond: requests / SECONDS, errors, readP99: p99(['search', 'project', 'projects']), writeP99: p99(['createProject+publish', 'addFinding']) };
  } finally {
    agent.destroy();
    await server.stop();
    await meili.stop();
  }
}

/** An empty database for the next run: every table, and the migrations' own record, gone. */
async function emptyDatabase() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

if (!AGAINST) {
  await measure('.', 'deze commit');
} else {
  const before = await measure(AGAINST, `vergelijking (${AGAINST})`);
  await emptyDatabase();
  const after = await measure('.', 'deze commit');
  const row = (name, a, b, unit) => console.log(`${name.padEnd(22)} ${a.toFixed(1).padStart(8)} ${unit}  →  ${b.toFixed(1).padStart(8)} ${unit}  (×${(b / a).toFixed(2)})`);
  console.log('\nvergelijking, zelfde machine en run:');
  row('doorvoer', before.perSecond, after.perSecond, 'verzoeken/s');
  row('lezen p99', before.readP99, after.readP99, 'ms');
  row('schrijven p99', before.writeP99, after.writeP99, 'ms');
  console.log(`fouten: ${before.errors} → ${after.errors}`);
}
