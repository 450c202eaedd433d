import { SearchConsistency } from '@werkkennis/content-search';
import { contractOperations, projectInput } from '../testing/operations';
import { SwitchableProxy } from '../testing/switchable-proxy';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** A search engine that is down neither blocks nor fails writes, and the index catches up. */
describe('indexing through the outbox while the search engine is down', () => {
  let api: TestApp;
  let proxy: SwitchableProxy;
  const operation = contractOperations();

  beforeAll(async () => {
    const meili = new URL(process.env.MEILI_HOST!);
    proxy = new SwitchableProxy({ host: meili.hostname, port: Number(meili.port) });
    await proxy.up();
    api = await startTestApp({ meiliHost: proxy.url });
  });
  afterAll(async () => {
    await api.close();
    await proxy.down();
  });

  const pending = async () =>
    (await api.dataSource.query('SELECT count(*)::int AS n, max(attempts)::int AS attempts FROM outbox WHERE processed_at IS NULL'))[0];

  it('accepts writes while the engine is down, and indexes them when it returns', async () => {
    await proxy.down();
    const editor = await api.login(DEMO.tilburgEditor);
    const started = Date.now();
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Werkplaats voor jonge vakmensen' }) }, editor)).data!
      .createProject.id;
    const published = await api.graphql(operation.PublishProject, { id }, editor);
    expect(published.data!.publishProject.state).toBe('PUBLISHED');
    expect(Date.now() - started).toBeLessThan(2_000);

    // The worker tries, fails and keeps the rows for later.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const waiting = await pending();
    expect(waiting.n).toBeGreaterThan(0);
    expect(waiting.attempts).toBeGreaterThan(0);
    const search = await api.graphql(operation.Search, { input: { query: 'werkplaats' } });
    expect(search.errors![0].message).toMatch(/zoek|Meilisearch/i);

    await proxy.up();
    const deadline = Date.now() + 20_000;
    while ((await pending()).n > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await pending()).n).toBe(0);
    const found = await api.graphql(operation.Search, { input: { query: 'werkplaats jonge vakmensen' } });
    expect(found.data!.search.hits.map((hit: { id: string }) => hit.id)).toContain(id);
    const difference = await api.app.get(SearchConsistency).compare();
    expect(difference.missing).toEqual([]);
    expect(difference.extra).toEqual([]);
  });
});
