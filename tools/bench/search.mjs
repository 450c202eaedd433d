#!/usr/bin/env node
// `npm run bench:search`: search at scale. Builds a deterministic Dutch corpus of 100,000
// documents (projects, findings, interventions, terms), indexes it into a Meilisearch the
// benchmark starts itself, starts the built API on that index and measures typo, prefix,
// faceted and multi-word searches through POST /graphql at 1 and 20 concurrent clients, and the
// same searches straight to Meilisearch (engine direct) in the same run, with the API's CPU time
// per search read from its own process.cpuUsage (/metrics).
// Beside the end-to-end latency it shows the engine's own time (processingTimeMs, reported
// as tookMs), the app's search adapter called in-process, and the official `meilisearch`
// client on its default path (global fetch). Last, the floor: the same searches through the
// adapter from a bare node:http server, a bare Express 5 app and a bare Apollo Server with the
// API's schema (search-floor-server.mjs), the least any API on this stack can cost. Everything
// runs in a temp dir that is removed.
//
// Environment: BENCH_DOCS (100000), BENCH_SECONDS per autocannon run (6), BENCH_SAMPLES per
// kind for the sequential paths (200), BENCH_KEEP=1 keeps the temp dir, BENCH_PROFILE=<dir> has
// the API write a CPU profile there.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { SYNONYM_GROUPS, generateCorpus } from './dutch-corpus.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const searchLib = require(join(root, 'dist/libs/search/src'));
const { HIT_FORMAT } = require(join(root, 'dist/libs/search/src/lib/highlight'));
const { toMeilisearchFilter } = require(join(root, 'dist/libs/search/src/lib/search-filter'));
const { Meilisearch } = require('meilisearch');

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BATCH = 1_000;
const INDEX = 'bench';
const CONCURRENCY = [1, 20];
const TARGET_P95_MS = 10;
const TARGET_OVERHEAD_MS = 3;
const TARGET_SHARE_OF_ENGINE = 0.7;
const TARGET_CPU_MS = 1;
const WARM_UP_SECONDS = 5;

// The `Search` operation of the public contract (the project's copy: apps/api/contract/operations.graphql).
const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) {
    total
    tookMs
    hits { type id slug title highlight }
    facets { name values { value count } }
  }
}`;

const FACETS = ['type', 'targetGroups', 'evidenceLevel'];
/** Four kinds of searches, several queries each, cycled through by every client. */
const QUERY_KINDS = {
  typo: ['vakmanschp', 'werkhervating', 'arbeidsdeskundge', 'bijstnad', 'loopbaanbegeleidng', 'werkgevr', 'jobcoahc', 're-integartie'].map(
    (query) => ({ query }),
  ),
  prefix: ['re-integr', 'arbeidsdesk', 'werkherv', 'vakman', 'jobco', 'bijsta', 'loonkosten', 'particip'].map((query) => ({ query })),
  faceted: [
    ['werkhervatting', ['WW']],
    ['jobcoach', ['WW']],
    ['scholing', ['WW']],
    ['begeleiding', ['WIA', 'ZIEKTEWET']],
    ['vakmanschap', ['WW']],
    ['bijstand', ['PARTICIPATIEWET']],
    ['werkgever', ['WW']],
    ['arbeidsdeskundige', ['WIA']],
  ].map(([query, values]) => ({ query, filters: [{ name: 'targetGroups', values }], facets: FACETS })),
  'multi-word': [
    'duurzame werkhervatting bijstand',
    'jobcoach voor jongeren met autisme',
    'arbeidsdeskundige begeleiding bij ziekte',
    'loonkostensubsidie werkgever participatiewet',
    'vakmanschap van de klantmanager',
    'schuldhulpverlening en re-integratie alleenstaande ouders',
    'werkervaringsplaats statushouders taal',
    'verzuimbegeleiding bedrijfsarts werkhervatting',
  ].map((query) => ({ query })),
};
const KINDS = Object.keys(QUERY_KINDS);

// ── helpers ─────────────────────────────────────────────────────────────────────────────
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const stats = (values) => {
  const sorted = Float64Array.from(values).sort();
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};
const ms = (value, width = 6) => (Number.isFinite(value) ? value.toFixed(1) : '–').padStart(width);
const mib = (kib) => (kib === undefined ? '–' : `${Math.round(kib / 1024)} MiB`);
const elapsed = (start) => (performance.now() - start) / 1000;

/** VmRSS (now) and VmHWM (peak) of a process, in KiB, from /proc. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1]);
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return {};
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Last lines of a child's output, shown when it fails. */
function tail(stream, keep = 40) {
  const lines = [];
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  });
  return lines;
}

// ── state for cleanup ───────────────────────────────────────────────────────────────────
const tempDir = mkdtempSync(join(tmpdir(), 'werkkennis-bench-search-'));
let meili;
let server;
let floorServer;
let cleaning;

async function cleanup() {
  cleaning ??= (async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      const deadline = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(deadline);
    }
    floorServer?.kill();
    await meili?.stop().catch((error) => console.error(`Meilisearch stoppen mislukt: ${error.message}`));
    if (process.env.BENCH_KEEP === '1') console.log(`temp dir kept: ${tempDir}`);
    else rmSync(tempDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping…`);
    cleanup().finally(() => process.exit(130));
  });
}

// ── phases ──────────────────────────────────────────────────────────────────────────────
async function startEngine() {
  const quiet = { log: () => undefined, warn: (m) => console.error(`meilisearch: ${m}`), error: (m) => console.error(`meilisearch: ${m}`) };
  meili = await searchLib.startManagedMeilisearch({ dataDir: join(tempDir, 'meili'), logger: quiet });
  return meili;
}

async function buildIndex(corpus) {
  const engine = new searchLib.MeilisearchEngine({ host: meili.host, apiKey: meili.apiKey, indexName: INDEX, taskTimeoutMs: 300_000 });
  await engine.setSynonyms(SYNONYM_GROUPS);
  const started = performance.now();
  let lastPrint = 0;
  await engine.replaceAll(corpus.batches, (indexed) => {
    if (indexed - lastPrint >= 10_000 || indexed === DOCS) {
      lastPrint = indexed;
      const seconds = elapsed(started);
      console.log(`  indexed ${String(indexed).padStart(7)} / ${DOCS}   ${seconds.toFixed(1).padStart(6)} s   ${Math.round(indexed / seconds)} docs/s`);
    }
  });
  return { engine, seconds: elapsed(started) };
}

async function documentCount(client) {
  return (await client.index(INDEX).getStats()).numberOfDocuments;
}

/** Until Meilisearch has no task left to do (the API's settings update on start, say). */
async function waitForIdleEngine(client) {
  for (let waited = 0; waited < 120_000; waited += 100) {
    const { results } = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
    if (!results.length) return;
    await sleep(100);
  }
  throw new Error('Meilisearch werd niet rustig binnen 120 s');
}

async function startApi(port) {
  const dataDir = join(tempDir, 'api');
  // BENCH_PROFILE=<dir>: the API writes a CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', resolve(process.env.BENCH_PROFILE)] : [];
  const child = spawn(process.execPath, [...profile, join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      // Production mode: no schema file is written into the repository, no stack traces.
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-search-secret-bench-search-secret-0123',
      PORT: String(port),
      DATA_DIR: dataDir,
      MEILI_HOST: meili.host,
      MEILI_API_KEY: meili.apiKey,
      MEILI_INDEX: INDEX,
      INDEX_WORKER: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  const output = tail(child.stdout);
  const errors = tail(child.stderr);
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`API stopte tijdens het starten (${child.exitCode ?? child.signalCode}):\n${[...output, ...errors].join('\n')}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return elapsed(started);
    } catch {}
    if (elapsed(started) > 180) throw new Error(`API niet gezond binnen 180 s:\n${[...output, ...errors].join('\n')}`);
    await sleep(100);
  }
}

async function graphqlSearch(url, input) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationName: 'Search', query: SEARCH, variables: { input } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL-fout voor ${JSON.stringify(input)}: ${JSON.stringify(body.errors)}`);
  return body.data.search;
}

/**
 * One autocannon run of `requests` (POST bodies) against `url`: per-request latency, and the
 * engine time each response carries (`tookOf` reads it from the body, or null for a failure).
 */
function loadRun({ url, headers = {}, bodies, tookOf }, connections, seconds = SECONDS) {
  return new Promise((resolveRun, reject) => {
    const latencies = [];
    const engine = [];
    let failed = 0;
    const onResponse = (status, body) => {
      const took = status === 200 ? tookOf(body) : null;
      if (took === null) failed += 1;
      else engine.push(took);
    };
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 10,
        headers: { 'content-type': 'application/json', ...headers },
        requests: bodies.map((body) => ({ method: 'POST', body, onResponse })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolveRun({
          latency: stats(latencies),
          engine: stats(engine),
          rps: latencies.length / seconds,
          requests: latencies.length,
          errors: result.errors + result.timeouts + result.non2xx + failed,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The searches through the API's GraphQL endpoint. */
const throughGraphql = (url, queries) => ({
  url,
  bodies: queries.map((input) => JSON.stringify({ operationName: 'Search', query: SEARCH, variables: { input } })),
  tookOf: (body) => {
    const took = /"tookMs":(\d+(?:\.\d+)?)/.exec(body);
    return took && !body.includes('"errors"') ? Number(took[1]) : null;
  },
});

/** The same searches straight to Meilisearch over keep-alive HTTP: the ceiling the API can approach. */
const engineDirect = (queries) => ({
  url: `${meili.host}/indexes/${INDEX}/search`,
  headers: { authorization: `Bearer ${meili.apiKey}` },
  bodies: queries.map((input) =>
    JSON.stringify({ q: input.query, filter: toMeilisearchFilter(input), facets: input.facets ?? [], page: 1, hitsPerPage: 20, ...HIT_FORMAT }),
  ),
  tookOf: (body) => {
    const took = /"processingTimeMs":(\d+)/.exec(body);
    return took ? Number(took[1]) : null;
  },
});

/** CPU seconds the API process has used (process.cpuUsage, as prom-client exports it on /metrics). */
async function apiCpuSeconds(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^werkkennis_process_cpu_seconds_total (\S+)$/m.exec(text)[1]);
}

/**
 * One load run, with the CPU time the answering process spent per search (`cpuSeconds` reads its
 * process.cpuUsage). Reading it costs a little CPU too; against thousands of searches it does not show.
 */
async function runWithCpu(spec, connections, cpuSeconds) {
  const before = await cpuSeconds();
  const run = await loadRun(spec, connections);
  return { ...run, cpuMsPerSearch: ((await cpuSeconds()) - before) * 1000 / Math.max(1, run.requests) };
}

const FLOORS = { 'a node:http server': [], 'an Express 5 server': ['--express'], 'Apollo Server with the API schema': ['--apollo'] };

/**
 * The same searches, all kinds mixed, answered by a floor server (search-floor-server.mjs) in a
 * process of its own: its CPU time per search and throughput at each concurrency, after a warm-up.
 */
async function measureFloor(variant, queries) {
  const port = await freePort();
  const child = (floorServer = spawn(process.execPath, [join(root, 'tools/bench/search-floor-server.mjs'), ...FLOORS[variant]], {
    env: { ...process.env, PORT: String(port), MEILI_HOST: meili.host, MEILI_API_KEY: meili.apiKey, MEILI_INDEX: INDEX },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  }));
  try {
    await new Promise((listening, failed) => {
      child.once('message', listening);
      child.once('exit', (code) => failed(new Error(`floor server (${variant}) stopped with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const cpuSeconds = async () => Number(await (await fetch(`http://127.0.0.1:${port}/cpu`)).text());
    await loadRun(throughGraphql(url, queries), CONCURRENCY.at(-1), WARM_UP_SECONDS);
    const figures = {};
    for (const connections of CONCURRENCY) figures[connections] = await runWithCpu(throughGraphql(url, queries), connections, cpuSeconds);
    return figures;
  } finally {
    child.kill();
  }
}

/** `SAMPLES` sequential calls of `call(query)`, cycling through the queries; client-side latency in ms. */
async function sequential(queries, call) {
  const latencies = [];
  const engine = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    const took = await call(queries[i % queries.length]);
    latencies.push(performance.now() - started);
    engine.push(took);
  }
  return { latency: stats(latencies), engine: stats(engine) };
}

/** The search the adapter sends, so the official client's path does the same work. */
function officialSearch(index, input) {
  return index.search(input.query, {
    filter: toMeilisearchFilter(input),
    facets: input.facets ?? [],
    page: 1,
    hitsPerPage: 20,
    ...HIT_FORMAT,
  });
}

// ── main ────────────────────────────────────────────────────────────────────────────────
async function main() {
  const benchStarted = performance.now();
  console.log(`bench:search — ${DOCS.toLocaleString('en')} documents, ${SECONDS} s per load run, ${SAMPLES} sequential samples per kind`);

  let started = performance.now();
  const corpus = generateCorpus({ count: DOCS, batchSize: BATCH });
  const counts = Object.entries(corpus.counts).map(([kind, count]) => `${kind} ${count}`).join(', ');
  console.log(`corpus: ${counts} (seeded, generated in ${elapsed(started).toFixed(1)} s)`);

  started = performance.now();
  await startEngine();
  console.log(`meilisearch: ${meili.host}, pid ${meili.pid}, started in ${elapsed(started).toFixed(1)} s`);
  const official = new Meilisearch({ host: meili.host, apiKey: meili.apiKey }); // default fetch

  const { engine, seconds: indexSeconds } = await buildIndex(corpus);
  corpus.batches.length = 0;
  const indexed = await documentCount(official);
  const meiliAfterIndex = memoryOf(meili.pid);
  console.log(`index: ${indexed} documents in ${indexSeconds.toFixed(1)} s = ${Math.round(DOCS / indexSeconds)} documents/s`);
  if (indexed !== DOCS) throw new Error(`index holds ${indexed} documents, expected ${DOCS}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const startSeconds = await startApi(port);
  await waitForIdleEngine(official);
  const afterStart = await documentCount(official);
  console.log(`api: pid ${server.pid}, port ${port}, healthy after ${startSeconds.toFixed(1)} s; index still holds ${afterStart} documents`);
  if (afterStart !== DOCS) throw new Error(`the API changed the bench index: ${afterStart} documents instead of ${DOCS}`);
  const apiIdle = memoryOf(server.pid);

  // Every query must find something, else the latencies would measure empty results.
  for (const kind of KINDS) {
    const totals = [];
    for (const input of QUERY_KINDS[kind]) {
      const result = await graphqlSearch(url, input);
      if (result.total === 0 || result.hits.length === 0) throw new Error(`no hits for ${JSON.stringify(input)}`);
      if (input.facets && result.facets.length !== input.facets.length) throw new Error(`facets missing for ${JSON.stringify(input)}`);
      totals.push(result.total);
    }
    // Totals are exact up to the index's maxTotalHits (10,000), shown as 10000+.
    const shown = (total) => (total >= 10_000 ? `${total}+` : String(total));
    console.log(
      `  ${kind.padEnd(10)} ${QUERY_KINDS[kind].length} queries, hits ${shown(Math.min(...totals))}–${shown(Math.max(...totals))}, ` +
        `e.g. ${JSON.stringify(QUERY_KINDS[kind][0].query)}`,
    );
  }
  // Warm up the API (JIT, sockets) and the engine's caches. A few hundred requests leave V8 still
  // optimising during the first measured kind, which then read 1–3 ms worse than the others;
  // WARM_UP_SECONDS of every kind at the busiest concurrency reach the steady state first.
  const allQueries = KINDS.flatMap((kind) => QUERY_KINDS[kind]);
  const warmUp = await loadRun(throughGraphql(url, allQueries), CONCURRENCY.at(-1), WARM_UP_SECONDS);
  console.log(`warm-up: ${warmUp.requests} searches in ${WARM_UP_SECONDS} s, errors ${warmUp.errors}`);

  // Other work on the machine skews the tails; the load average makes that visible.
  const loadBefore = loadavg()[0];
  const results = {};
  for (const kind of KINDS) {
    const queries = QUERY_KINDS[kind];
    results[kind] = { load: {} };
    results[kind].direct = {};
    for (const connections of CONCURRENCY) {
      results[kind].load[connections] = await runWithCpu(throughGraphql(url, queries), connections, () => apiCpuSeconds(port));
      const run = results[kind].load[connections];
      results[kind].direct[connections] = await loadRun(engineDirect(queries), connections);
      const direct = results[kind].direct[connections];
      console.log(
        `  ${kind.padEnd(10)} ${String(connections).padStart(2)} client(s): p50 ${ms(run.latency.p50)}  p95 ${ms(run.latency.p95)}  p99 ${ms(run.latency.p99)} ms  ` +
          `engine p50 ${ms(run.engine.p50, 4)} ms  ${Math.round(run.rps)} req/s  errors ${run.errors}  API CPU ${run.cpuMsPerSearch.toFixed(2)} ms/search  ` +
          `│ engine direct ${Math.round(direct.rps)} req/s, p95 ${ms(direct.latency.p95)} ms, errors ${direct.errors}`,
      );
    }
    results[kind].adapter = await sequential(queries, async (input) => (await engine.search({ ...input, limit: 20, offset: 0 })).tookMs);
    results[kind].official = await sequential(queries, async (input) => (await officialSearch(official.index(INDEX), input)).processingTimeMs);
  }
  const floors = {};
  for (const variant of Object.keys(FLOORS)) floors[variant] = await measureFloor(variant, allQueries);
  const apiAfter = memoryOf(server.pid);
  const meiliAfter = memoryOf(meili.pid);

  // ── report ──
  const line = '─'.repeat(118);
  console.log(`\n${line}`);
  console.log(`index   ${DOCS} documents in ${indexSeconds.toFixed(1)} s = ${Math.round(DOCS / indexSeconds)} documents/s (batches of ${BATCH}, replaceAll)`);
  console.log(
    `memory  API (node)   RSS idle ${mib(apiIdle.rss)}, after load ${mib(apiAfter.rss)}, peak ${mib(apiAfter.peak)}\n` +
      `        Meilisearch  RSS after indexing ${mib(meiliAfterIndex.rss)}, after load ${mib(meiliAfter.rss)}, peak ${mib(meiliAfter.peak)}`,
  );
  console.log(
    `machine ${availableParallelism()} CPUs shared by API, Meilisearch and the load generator; 1-min load average before the runs ` +
      `${loadBefore.toFixed(2)}`,
  );
  console.log(line);
  console.log('latency in ms (p50 / p95 / p99)');
  console.log(
    `${'kind'.padEnd(11)}${'clients'.padStart(7)} │ ${'GraphQL end to end'.padEnd(22)}${'req/s'.padStart(6)} err │ ${'engine (tookMs)'.padEnd(17)}│ ` +
      `${'adapter in-process'.padEnd(22)}│ ${'official client, fetch'.padEnd(22)}`,
  );
  const triple = (s) => `${ms(s.p50, 5)} ${ms(s.p95, 6)} ${ms(s.p99, 6)}`.padEnd(22);
  const engineTriple = (s) => `${ms(s.p50, 4)} ${ms(s.p95, 5)} ${ms(s.p99, 5)}`.padEnd(17);
  for (const kind of KINDS) {
    for (const connections of CONCURRENCY) {
      const run = results[kind].load[connections];
      const direct = connections === 1;
      console.log(
        `${(direct ? kind : '').padEnd(11)}${String(connections).padStart(7)} │ ${triple(run.latency)}${String(Math.round(run.rps)).padStart(6)} ${String(run.errors).padStart(3)} │ ` +
          `${engineTriple(run.engine)}│ ${direct ? triple(results[kind].adapter.latency) : ''.padEnd(22)}│ ${direct ? triple(results[kind].official.latency) : ''}`,
      );
    }
  }
  console.log(line);
  console.log(
    `engine = Meilisearch processingTimeMs of the same requests (whole ms, truncated); adapter = MeilisearchEngine.search in the bench ` +
      `process\n(keep-alive http), official client = meilisearch ${require('meilisearch/package.json').version} with its default fetch; ` +
      `adapter and official client: ${SAMPLES} sequential requests per kind.`,
  );

  console.log('\nGraphQL against engine direct (same queries, same run):');
  for (const kind of KINDS) {
    console.log(
      `  ${kind.padEnd(10)} ${CONCURRENCY.map((c) => `${c} client(s) ${Math.round(results[kind].load[c].rps)} / ${Math.round(results[kind].direct[c].rps)} req/s = ${Math.round((100 * results[kind].load[c].rps) / results[kind].direct[c].rps)}%`).join('   ')}` +
        `   API CPU ${CONCURRENCY.map((c) => results[kind].load[c].cpuMsPerSearch.toFixed(2)).join(' / ')} ms per search`,
    );
  }

  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const floorLine = (label, cpu, rps, errors) =>
    console.log(`  ${label.padEnd(50)} ${CONCURRENCY.map((c) => cpu(c).toFixed(2)).join(' / ')} ms   ${CONCURRENCY.map((c) => Math.round(rps(c))).join(' / ')} req/s${errors ? `   errors ${errors}` : ''}`);
  console.log(`\nThe floor under these figures: the same searches (all kinds mixed) through the app's search adapter, CPU per search and req/s at ${CONCURRENCY.join(' / ')} client(s):`);
  for (const [variant, figures] of Object.entries(floors)) {
    floorLine(`${variant}, nothing else`, (c) => figures[c].cpuMsPerSearch, (c) => figures[c].rps, CONCURRENCY.reduce((sum, c) => sum + figures[c].errors, 0));
  }
  floorLine('the API over GraphQL (mean of the kinds)', (c) => mean(KINDS.map((kind) => results[kind].load[c].cpuMsPerSearch)), (c) => mean(KINDS.map((kind) => results[kind].load[c].rps)));

  // ── targets ──
  const p95s = KINDS.map((kind) => [kind, results[kind].load[1].latency.p95]);
  const overheads = KINDS.map((kind) => [kind, results[kind].load[1].latency.p50 - results[kind].load[1].engine.p50]);
  const worstP95 = p95s.reduce((a, b) => (b[1] > a[1] ? b : a));
  const worstOverhead = overheads.reduce((a, b) => (b[1] > a[1] ? b : a));
  const p95Met = worstP95[1] <= TARGET_P95_MS;
  const busiest = CONCURRENCY.at(-1);
  const shares = KINDS.map((kind) => [kind, results[kind].load[busiest].rps / results[kind].direct[busiest].rps]);
  const worstShare = shares.reduce((a, b) => (b[1] < a[1] ? b : a));
  const shareMet = worstShare[1] >= TARGET_SHARE_OF_ENGINE;
  const cpus = KINDS.flatMap((kind) => CONCURRENCY.map((c) => [kind, results[kind].load[c].cpuMsPerSearch]));
  const worstCpu = cpus.reduce((a, b) => (b[1] > a[1] ? b : a));
  const cpuMet = worstCpu[1] <= TARGET_CPU_MS;
  const overheadMet = worstOverhead[1] <= TARGET_OVERHEAD_MS;
  const errors = KINDS.reduce((sum, kind) => sum + CONCURRENCY.reduce((s, c) => s + results[kind].load[c].errors, 0), 0);
  console.log(
    `API overhead at 1 client (end-to-end p50 − engine p50): ${overheads.map(([kind, value]) => `${kind} ${value.toFixed(1)}`).join(', ')} ms ` +
      `(tookMs is truncated to whole ms, so this overstates the overhead by up to 1 ms)`,
  );
  console.log(
    `of which GraphQL/HTTP in the API (end-to-end p50 − adapter p50): ` +
      `${KINDS.map((kind) => `${kind} ${(results[kind].load[1].latency.p50 - results[kind].adapter.latency.p50).toFixed(1)}`).join(', ')} ms`,
  );
  console.log(
    `targets: p95 ≤ ${TARGET_P95_MS} ms at 1 client ${p95Met ? 'MET' : 'MISSED'} (worst ${worstP95[0]} ${worstP95[1].toFixed(1)} ms); ` +
      `API adds ≤ ${TARGET_OVERHEAD_MS} ms ${overheadMet ? 'MET' : 'MISSED'} (worst ${worstOverhead[0]} ${worstOverhead[1].toFixed(1)} ms); ` +
      `GraphQL ≥ ${TARGET_SHARE_OF_ENGINE * 100}% of engine direct at ${busiest} clients ${shareMet ? 'MET' : 'MISSED'} (worst ${worstShare[0]} ${Math.round(worstShare[1] * 100)}%); ` +
      `API CPU ≤ ${TARGET_CPU_MS} ms per search ${cpuMet ? 'MET' : 'MISSED'} (worst ${worstCpu[0]} ${worstCpu[1].toFixed(2)} ms)` +
      `${errors ? `; ${errors} failed requests` : ''} — ${p95Met && overheadMet && shareMet && cpuMet && !errors ? 'ALL TARGETS MET' : 'TARGETS NOT MET'}` +
      ` (total run ${Math.round(elapsed(benchStarted))} s)`,
  );
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(`bench:search failed: ${error.stack ?? error}`);
} finally {
  await cleanup();
}
