#!/usr/bin/env node
// Production build on a real PostgreSQL (DATABASE_URL, an empty database): migrations are
// applied at start, demo seeding is refused, and the contract's operations work end to end.
import { spawnSync } from 'node:child_process';
import { contractOperations, eventually, expectData, graphql, startSearchEngine, startServer, tempDir } from './harness.mjs';

if (!process.env.DATABASE_URL) {
  console.log('production-smoke: overgeslagen, DATABASE_URL ontbreekt');
  process.exit(0);
}
const operation = contractOperations();
const meili = await startSearchEngine();
const env = {
  NODE_ENV: 'production',
  PORT: '3950',
  DATA_DIR: tempDir('prod'),
  JWT_SECRET: 'production-smoke-secret-that-is-long-enough-0123456789',
  MEILI_HOST: meili.host,
  MEILI_API_KEY: meili.apiKey,
  MEILI_INDEX: 'smoke',
};
const server = startServer('productie', env);
try {
  console.log('production-smoke');
  const missingSecret = spawnSync(process.execPath, ['dist/apps/api/src/main.js'], { env: { ...process.env, ...env, JWT_SECRET: '' }, encoding: 'utf8' });
  if (missingSecret.status === 0 || !/JWT_SECRET/.test(missingSecret.stderr + missingSecret.stdout)) throw new Error('start zonder JWT_SECRET werd niet geweigerd');
  console.log('  ok  start zonder JWT_SECRET geweigerd, met de naam van de instelling');

  await server.ready();
  console.log('  ok  migraties toegepast, server gereed');
  const seed = spawnSync(process.execPath, ['dist/apps/api/src/cli/seed.js'], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (seed.status === 0) throw new Error('demo-inhoud werd in productie toch geladen');
  console.log(`  ok  demo-inhoud geweigerd: ${(seed.stderr || seed.stdout).trim().split('\n').pop()}`);

  const account = (args) => {
    const result = spawnSync(process.execPath, ['dist/apps/api/src/cli/create-account.js', ...args], {
      env: { ...process.env, ...env, WERKKENNIS_PASSWORD: 'smoke-test-wachtwoord' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  };
  account(['--email', 'redactie@gemeente.example', '--name', 'Redactie', '--role', 'EDITOR', '--organization', 'Gemeente Voorbeeld', '--kind', 'MUNICIPALITY']);

  const login = expectData(
    await graphql(server.url, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token refreshToken } }', { email: 'redactie@gemeente.example', password: 'smoke-test-wachtwoord' }),
    'Login',
  ).login;
  const token = login.token;
  expectData(await graphql(server.url, operation.Me, {}, token), 'Me');
  const intervention = expectData(
    await graphql(
      server.url,
      'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id slug } }',
      { input: { name: 'Werkfit in de wijk', summary: 'Training op weg naar werk.', whatYouDo: 'Wekelijkse training.', howYouDoIt: 'Gelijkwaardig en positief.', effect: 'Meer zelfvertrouwen.' } },
      token,
    ),
    'createIntervention',
  ).createIntervention;
  const created = expectData(
    await graphql(server.url, operation.CreateProject, { input: { title: 'Rookproef in productie', summary: 'Een project dat de productiebouw bewijst.', interventionIds: [intervention.id] } }, token),
    'CreateProject',
  ).createProject;
  expectData(await graphql(server.url, operation.UpdateProject, { id: created.id, input: { goal: 'Aantonen dat alles werkt.' } }, token), 'UpdateProject');
  expectData(await graphql(server.url, operation.PublishProject, { id: created.id }, token), 'PublishProject');
  expectData(await graphql(server.url, operation.AddFinding, { input: { projectId: created.id, title: 'Het werkt', summary: 'Alle stappen slaagden.' } }, token), 'AddFinding');
  const project = expectData(await graphql(server.url, operation.Project, { slug: created.slug }), 'Project').project;
  if (project.findings.length !== 1 || project.interventions.length !== 1) throw new Error('project mist zijn bevinding of interventie');
  expectData(await graphql(server.url, operation.Intervention, { slug: intervention.slug }), 'Intervention');
  const took = await eventually('gepubliceerd project vindbaar', async () => {
    const result = await graphql(server.url, operation.Search, { input: { query: 'rookproef' } });
    return result.data?.search.hits.some((hit) => hit.id === created.id);
  });
  console.log(`  ok  Search vindt het project ${took} ms na publicatie`);
  const term = await graphql(server.url, operation.Term, { slug: 'bestaat-niet' });
  if (term.errors?.[0].extensions.code !== 'NOT_FOUND') throw new Error('Term op onbekende slug gaf geen NOT_FOUND');
  console.log('  ok  Term (onbekend begrip: NOT_FOUND)');
  expectData(await graphql(server.url, operation.ArchiveProject, { id: created.id }, token), 'ArchiveProject');

  account(['--email', 'onderzoek@hogeschool.example', '--name', 'Onderzoek', '--role', 'RESEARCHER', '--organization', 'Hogeschool Voorbeeld', '--kind', 'UNIVERSITY_OF_APPLIED_SCIENCES']);
  const researcher = expectData(await graphql(server.url, operation.Login, { email: 'onderzoek@hogeschool.example', password: 'smoke-test-wachtwoord' }), 'Login').login.token;
  const proposed = expectData(
    await graphql(server.url, 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id slug } }', { input: { label: 'rookproef', scopeNote: 'Een eerste proef of alles werkt.' } }, researcher),
    'createTerm',
  ).createTerm;
  const definition = expectData(
    await graphql(server.url, operation.AddDefinition, { input: { termId: proposed.id, text: 'Een korte proef van het hele systeem na een uitrol.', perspective: 'RESEARCH' } }, researcher),
    'AddDefinition',
  ).addDefinition;
  expectData(await graphql(server.url, operation.AnnotateDefinition, { input: { definitionId: definition.id, motivation: 'COMMENTING', body: 'Werkt in productie.' } }, researcher), 'AnnotateDefinition');
  const defined = expectData(await graphql(server.url, operation.Term, { slug: proposed.slug }), 'Term').term;
  if (defined.definitions[0]?.annotations.length !== 1) throw new Error('begrip mist zijn definitie of annotatie');

  const renewed = expectData(await graphql(server.url, 'mutation($t: String) { refreshSession(refreshToken: $t) { token } }', { t: login.refreshToken }), 'refreshSession').refreshSession;
  expectData(await graphql(server.url, 'mutation { logout }', {}, renewed.token), 'logout');
  if ((await graphql(server.url, operation.Me, {}, renewed.token)).errors?.[0].extensions.code !== 'UNAUTHENTICATED') throw new Error('token werkt nog na uitloggen');
  console.log('  ok  sessie verversen en uitloggen (token daarna geweigerd)');
  const introspection = await graphql(server.url, '{ __schema { types { name } } }');
  if (!introspection.errors) throw new Error('introspectie staat aan in productie');
  console.log('  ok  introspectie uit');
  console.log('production-smoke: geslaagd');
} finally {
  await server.stop();
  await meili.stop();
}
