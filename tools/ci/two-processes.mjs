#!/usr/bin/env node
// Two API processes on one PostgreSQL and one Meilisearch: migration steps that start together
// on an empty database migrate it once (advisory lock), both processes answer, and together they
// apply every outbox row exactly once (FOR UPDATE SKIP LOCKED leases), after which the
// database and the index agree; a public answer one process keeps is dropped when the other writes.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { contractOperations, eventually, expectData, graphql, startSearchEngine, startServer, tempDir } from './harness.mjs';

if (!process.env.DATABASE_URL) {
  console.log('two-processes: overgeslagen, DATABASE_URL ontbreekt');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const operation = contractOperations();
const meili = await startSearchEngine();
const shared = { MEILI_HOST: meili.host, MEILI_API_KEY: meili.apiKey, MEILI_INDEX: 'two_processes', JWT_SECRET: 'two-processes-secret-long-enough-0123456789', RATE_LIMIT_WRITES_PER_MINUTE: '100000' };
const servers = [];
const database = new Client({ connectionString: process.env.DATABASE_URL });
const metric = async (server, name) => {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
};
try {
  console.log('two-processes');
  await database.connect();
  // Three migration steps at the same moment on the empty database: without the advisory lock
  // two of them fail on tables the first is creating.
  const migrators = await Promise.all(
    [1, 2, 3].map(
      () =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, ['infra/migrate.cjs'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('exit', (status) => resolve({ status, output }));
        }),
    ),
  );
  const failed = migrators.filter((migrator) => migrator.status !== 0);
  if (failed.length) throw new Error(`migratie tegelijk mislukt:\n${failed.map((migrator) => migrator.output).join('\n')}`);
  const [migrations] = (await database.query('SELECT count(*)::int AS applied, count(DISTINCT name)::int AS distinct FROM migrations')).rows;
  if (migrations.applied !== migrations.distinct) throw new Error(`migraties dubbel toegepast: ${JSON.stringify(migrations)}`);
  console.log(`  ok  drie migratiestappen tegelijk op een lege database: ${migrations.applied} migraties, elk één keer`);
  const seed = spawnSync(process.execPath, ['dist/apps/api/src/cli/seed.js'], { env: { ...process.env, ...shared, DATA_DIR: tempDir('seed'), LOG_LEVEL: 'warn' }, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(seed.stderr || seed.stdout);
  servers.push(startServer('api-1', { ...shared, PORT: '3961', DATA_DIR: tempDir('api1') }), startServer('api-2', { ...shared, PORT: '3962', DATA_DIR: tempDir('api2') }));
  await Promise.all(servers.map((server) => server.ready()));
  // Sign-in throttling holds for both processes together: 12 guesses at once from one address get
  // that account and address's free checks once in all (4), not once per process.
  const guessingStarted = Date.now();
  const codes = await Promise.all(
    Array.from({ length: 12 }, async (_, attempt) => (await graphql(servers[attempt % 2].url, operation.Login, { email: 'gok@two-processes.example', password: 'raden' })).errors?.[0]?.extensions?.code),
  );
  if (codes.some((code) => code !== 'UNAUTHENTICATED')) throw new Error(`inlogpogingen anders beantwoord dan een fout wachtwoord: ${codes.join(', ')}`);
  const checked = (await Promise.all(servers.map((server) => metric(server, 'werkkennis_sign_in_attempts_total{result="refused"}')))).reduce((sum, count) => sum + count, 0);
  // Three free checks plus the first; the next one is due 2 s after the fourth failure, which a
  // heavily loaded machine can reach while the twelve are still arriving. Per process it would be 8.
  const guessingMs = Date.now() - guessingStarted;
  const allowed = guessingMs < 2_000 ? 4 : 5;
  if (checked < 4 || checked > allowed) throw new Error(`inlogremming niet gedeeld: ${checked} wachtwoorden gecontroleerd in plaats van 4 (in ${guessingMs} ms)`);
  console.log(`  ok  12 inlogpogingen tegelijk, om en om: ${checked} wachtwoorden gecontroleerd, ${12 - checked} afgeremd in ${guessingMs} ms (gedeeld via de database)`);
  const tokens = await Promise.all(
    servers.map(async (server) => expectData(await graphql(server.url, operation.Login, { email: 'redacteur@tilburg.example', password: 'werkkennis-demo' }), `Login op ${server.name}`).login.token),
  );
  const before = Number((await database.query('SELECT count(*) FROM outbox')).rows[0].count);
  const writes = 60;
  await Promise.all(
    Array.from({ length: writes }, async (_, i) => {
      const server = servers[i % 2];
      const token = tokens[i % 2];
      const created = await graphql(server.url, operation.CreateProject, { input: { title: `Parallel project ${i}`, summary: 'Geschreven via twee processen.' } }, token);
      if (created.errors) throw new Error(JSON.stringify(created.errors));
      const published = await graphql(server.url, operation.PublishProject, { id: created.data.createProject.id }, token);
      if (published.errors) throw new Error(JSON.stringify(published.errors));
    }),
  );
  console.log(`  ok  ${writes} projecten aangemaakt en gepubliceerd, verdeeld over beide processen`);
  const rows = Number((await database.query('SELECT count(*) FROM outbox')).rows[0].count) - before;
  await eventually('outbox leeg', async () => Number((await database.query('SELECT count(*) FROM outbox WHERE processed_at IS NULL')).rows[0].count) === 0, 20_000);
  const applied = await Promise.all(servers.map((server) => metric(server, 'werkkennis_outbox_rows_applied_total')));
  console.log(`  ok  outbox verwerkt: ${rows} rijen; toegepast door api-1 ${applied[0]}, api-2 ${applied[1]}`);
  if (applied[0] + applied[1] !== rows) throw new Error(`rijen dubbel of niet toegepast: ${applied[0]} + ${applied[1]} ≠ ${rows}`);
  const hits = await Promise.all(
    servers.map(async (server) => expectData(await graphql(server.url, operation.Search, { input: { query: 'parallel project', limit: 100 } }), `Search op ${server.name}`).search.total),
  );
  if (hits.some((total) => total < writes)) throw new Error(`niet alle projecten vindbaar: ${hits}`);
  // A public answer that api-2 keeps in memory is dropped when api-1 commits a change (NOTIFY).
  const shown = expectData(await graphql(servers[0].url, operation.CreateProject, { input: { title: 'Gedeeld geheugen', summary: 'Twee processen, één waarheid.' } }, tokens[0]), 'CreateProject').createProject;
  expectData(await graphql(servers[0].url, operation.PublishProject, { id: shown.id }, tokens[0]), 'PublishProject');
  const titleOnApi2 = async () => expectData(await graphql(servers[1].url, operation.Project, { slug: shown.slug }), 'Project op api-2').project.title;
  if ((await titleOnApi2()) !== 'Gedeeld geheugen' || (await titleOnApi2()) !== 'Gedeeld geheugen') throw new Error('api-2 toont het project niet');
  const changedAt = Date.now();
  expectData(await graphql(servers[0].url, operation.UpdateProject, { id: shown.id, input: { title: 'Gedeeld en bijgewerkt' } }, tokens[0]), 'UpdateProject');
  await eventually('api-2 toont de nieuwe titel', async () => (await titleOnApi2()) === 'Gedeeld en bijgewerkt', 2_000);
  console.log(`  ok  een onthouden antwoord op api-2 vervalt door een wijziging op api-1 (na ${Date.now() - changedAt} ms)`);
  const check = spawnSync(process.execPath, ['dist/apps/api/src/cli/search-check.js'], { env: { ...process.env, ...shared, DATA_DIR: tempDir('check'), LOG_LEVEL: 'warn' }, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`search:check vond verschillen:\n${check.stdout}`);
  console.log(`  ok  ${check.stdout.trim().split('\n').pop()}`);
  console.log('two-processes: geslaagd');
} finally {
  await database.end().catch(() => undefined);
  await Promise.all(servers.map((server) => server.stop()));
  await meili.stop();
}
