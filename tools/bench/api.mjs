#!/usr/bin/env node
// `npm run bench:api`: latency and throughput of the API under 20 concurrent clients
// (autocannon), against the built server with the demo content plus enough published
// projects for a page of 50; and the SQL statements a nested list of 50 projects costs.
// On a fresh embedded database by default; with DATABASE_URL set, on that PostgreSQL
// (its content is replaced by the demo content first).
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const PORT = 3917;
const URL = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'werkkennis-bench-'));

const LIST = `query { projects(first: 50) { nodes { id slug title status
  organizations { id name kind } interventions { id slug name } findings { id title kind outcome } } } }`;
const PROJECT = `query($slug: String!) { project(slug: $slug) { id slug title summary status state publishedAt
  organizations { id name kind } interventions { id slug name } findings { id title kind outcome } } }`;

async function graphql(query, variables, token) {
  const response = await fetch(`${URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function waitForHealth(server) {
  for (let i = 0; i < 300; i += 1) {
    if (server.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(`${URL}/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become healthy');
}

async function addProjects(count) {
  const { login } = await graphql(
    'mutation { login(email: "redacteur@tilburg.example", password: "werkkennis-demo") { token } }',
  );
  const { interventions } = await graphql('{ interventions(first: 3) { nodes { id } } }');
  for (let i = 0; i < count; i += 1) {
    const { createProject } = await graphql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          title: `Benchmarkproject ${i}`,
          summary: 'Een project om de API onder belasting te meten.',
          interventionIds: interventions.nodes.map((n) => n.id),
        },
      },
      login.token,
    );
    await graphql('mutation($id: ID!) { publishProject(id: $id) { id } }', { id: createProject.id }, login.token);
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function run(title, query, variables) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url: `${URL}/graphql`,
        method: 'POST',
        connections: 20,
        duration: DURATION,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const errors = result.errors + result.non2xx;
        console.log(
          `${title.padEnd(28)} median ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(latencies, 95).toFixed(1).padStart(6)} ms   ` +
            `${Math.round(result.requests.average).toString().padStart(5)} req/s   errors ${errors}`,
        );
        resolve(result);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function sqlStatementsPerList() {
  // In-process, with a statement counter on the same database folder (server stopped).
  require('reflect-metadata');
  const { QueryCounter } = require('../../dist/libs/persistence/src');
  const { createApp } = require('../../dist/apps/api/src/app/create-app');
  const { loadConfig } = require('../../dist/apps/api/src/app/config');
  const counter = new QueryCounter();
  const config = { ...loadConfig({ DATA_DIR: dataDir, INDEX_WORKER: 'off', LOG_LEVEL: 'warn' }), port: 0 };
  const app = await createApp(config, { databaseUrl: process.env.DATABASE_URL, dataDir, logger: counter });
  await app.listen(PORT);
  await graphql(LIST);
  counter.reset();
  await graphql(LIST);
  const count = counter.total;
  await app.close();
  return count;
}

const env = {
  ...process.env,
  PORT: String(PORT),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_WRITES_PER_MINUTE: '100000',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
};
if (process.env.DATABASE_URL) spawnSync(process.execPath, ['dist/apps/api/src/cli/seed.js'], { env, stdio: 'ignore' });
const server = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForHealth(server);
  await addProjects(50);
  const { projects } = await graphql(LIST);
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`bench:api — ${database}, ${DURATION} s per run, 20 connections, list returns ${projects.nodes.length} projects`);
  await run('list: 50 projects, nested', LIST);
  await run('Project(slug)', PROJECT, { slug: projects.nodes[0].slug });
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
console.log(`SQL statements per list request (50 projects with organisations, interventions, findings): ${await sqlStatementsPerList()}`);
rmSync(dataDir, { recursive: true, force: true });
