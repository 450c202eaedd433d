#!/usr/bin/env node
// `npm run bench:freshness`: how long after "publish" answers a project is findable, under light
// load (one editor, one write at a time): the built server on a fresh embedded database with its
// managed Meilisearch, as `npm start` runs it. Prints p50, p95 and the slowest of ROUNDS.
import { contractOperations, eventually, expectData, graphql, startServer, tempDir } from '../ci/harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const operation = contractOperations();
const server = startServer('api', { PORT: '3963', DATA_DIR: tempDir('freshness'), JWT_SECRET: 'freshness-bench-secret-long-enough-0123456789', RATE_LIMIT_WRITES_PER_MINUTE: '100000' });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  await server.ready();
  const { token } = expectData(await graphql(server.url, operation.Login, { email: 'redacteur@tilburg.example', password: 'werkkennis-demo' }), 'Login').login;
  const waits = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // A word no other document holds, so that the first hit is this project.
    const word = `versheidsmeting${round}q${Math.random().toString(36).slice(2, 8)}`;
    const created = expectData(await graphql(server.url, operation.CreateProject, { input: { title: `Project ${word}`, summary: 'Gemeten van publiceren tot vindbaar.' } }, token), `CreateProject ${round + 1}`).createProject;
    expectData(await graphql(server.url, operation.PublishProject, { id: created.id }, token), `PublishProject ${round + 1}`);
    waits.push(await eventually(`project ${round + 1} vindbaar`, async () => (await graphql(server.url, operation.Search, { input: { query: word } })).data?.search.total > 0, 10_000));
  }
  waits.sort((a, b) => a - b);
  console.log(`bench:freshness — ${ROUNDS} projects, one at a time, embedded database and managed Meilisearch`);
  console.log(`publish → findable   p50 ${percentile(waits, 50)} ms   p95 ${percentile(waits, 95)} ms   slowest ${waits.at(-1)} ms   (target p95 ≤ 300 ms)`);
} finally {
  await server.stop();
}
