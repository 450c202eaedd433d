import { getPGliteInstance } from 'typeorm-pglite';
import { contractOperations, projectInput } from '../testing/operations';
import { SwitchableProxy } from '../testing/switchable-proxy';
import { DEMO, startTestApp, type GraphQLResponse, type TestApp } from '../testing/test-app';

const onPostgres = Boolean(process.env.DATABASE_URL);
const operation = contractOperations();
const READ = '{ projects(first: 1) { nodes { slug } } }';
const UNAVAILABLE = /De database is even niet bereikbaar\. Probeer het over een minuut opnieuw/;

/** What a reader and a load balancer see while the database cannot be reached. */
async function expectUnavailable(api: TestApp, token: string): Promise<void> {
  const ready = await fetch(`${api.url}/health/ready`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { details: Record<string, { status: string }> }).details).toMatchObject({
    database: { status: 'down' },
    search: { status: 'up' },
    outbox: { status: 'down' },
  });
  // The process's own figures stay readable; what needs the database reads NaN.
  const metrics = await fetch(`${api.url}/metrics`);
  expect(metrics.status).toBe(200);
  const scraped = await metrics.text();
  expect(scraped).toMatch(/^werkkennis_outbox_pending nan$/im);
  expect(scraped).toMatch(/^werkkennis_process_cpu_seconds_total /m);
  // Anonymous, signed in (the session lookup needs the database too), and a write.
  const answers: GraphQLResponse[] = [
    await api.graphql(READ),
    await api.graphql(operation.Me, {}, token),
    await api.graphql(operation.CreateProject, { input: projectInput() }, token),
  ];
  for (const answer of answers) {
    expect(answer.status).toBe(503);
    expect(answer.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(answer.errors![0].message).toMatch(UNAVAILABLE);
  }
}

(onPostgres ? describe : describe.skip)('PostgreSQL unreachable, then back', () => {
  let api: TestApp;
  let proxy: SwitchableProxy;

  beforeAll(async () => {
    const server = new URL(process.env.DATABASE_URL!);
    proxy = new SwitchableProxy({ host: server.hostname, port: Number(server.port || 5432) });
    await proxy.up();
    server.host = `127.0.0.1:${proxy.port}`;
    api = await startTestApp({ databaseUrl: server.toString(), indexWorker: false });
  });
  afterAll(async () => {
    await api.close();
    await proxy.down();
  });

  it('answers 503 SERVICE_UNAVAILABLE while it is down, and works again once it is back, without a restart', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    await proxy.down();
    await expectUnavailable(api, editor);

    await proxy.up();
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
    expect((await api.graphql(READ)).data!.projects.nodes).toHaveLength(1);
    expect((await api.graphql(operation.Me, {}, editor)).data!.me.email).toBe(DEMO.tilburgEditor);
    expect((await api.graphql(operation.CreateProject, { input: projectInput() }, editor)).errors).toBeUndefined();
  });

  it('answers 503 within seconds when the database falls silent, instead of waiting for ever', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    proxy.silence();
    // The first requests may meet the cut connections; the later ones wait for new ones.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = Date.now();
      const answer = await api.graphql(operation.Me, {}, editor);
      expect(answer.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(15_000);
    }

    await proxy.up();
    expect((await api.graphql(operation.Me, {}, editor)).data!.me.email).toBe(DEMO.tilburgEditor);
  }, 90_000);
});

(onPostgres ? describe.skip : describe)('the embedded database closed', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  it('answers 503 SERVICE_UNAVAILABLE', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    // PGlite runs inside the process: it has no connection to lose, only an instance that can close.
    await (await getPGliteInstance()).close();
    await expectUnavailable(api, editor);
  });

  // The way back cannot be shown here: a closed PGlite instance stays closed until the process
  // restarts (typeorm-pglite keeps the one instance). Coming back without a restart is tested on
  // PostgreSQL above, which CI runs.
  it.skip('works again once it is back, without a restart (only on PostgreSQL: set DATABASE_URL)', () => undefined);
});
