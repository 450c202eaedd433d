import { SearchConsistency, SearchIndexer } from '@werkkennis/content-search';
import { OutboxProcessor } from '@werkkennis/persistence';
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
  /** Waits, at most this long, until the worker has applied every row. */
  const outboxEmptied = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while ((await pending()).n > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  };

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
    await outboxEmptied(20_000);
    expect((await pending()).n).toBe(0);
    const found = await api.graphql(operation.Search, { input: { query: 'werkplaats jonge vakmensen' } });
    expect(found.data!.search.hits.map((hit: { id: string }) => hit.id)).toContain(id);
    const difference = await api.app.get(SearchConsistency).compare();
    expect(difference.missing).toEqual([]);
    expect(difference.extra).toEqual([]);
    expect(difference.outdated).toEqual([]);
  });

  it('reindexes the projects that use an intervention when the intervention is renamed', async () => {
    const [link] = await api.dataSource.query(
      `SELECT l.intervention_id AS "interventionId", p.id AS "projectId" FROM project_intervention l
         JOIN project p ON p.id = l.project_id WHERE p.state = 'PUBLISHED' LIMIT 1`,
    );
    const admin = await api.login(DEMO.admin);
    const renamed = await api.graphql(
      'mutation Rename($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }',
      { id: link.interventionId, input: { name: 'Zwaluwstaartmethode' } },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    await outboxEmptied(10_000);

    const found = await api.graphql(operation.Search, { input: { query: 'zwaluwstaartmethode', limit: 50 } });
    expect(found.data!.search.hits.map((hit: { id: string }) => hit.id)).toEqual(expect.arrayContaining([link.interventionId, link.projectId]));
    expect((await api.app.get(SearchConsistency).compare()).outdated).toEqual([]);
  });

  it('rebuilds, at start, an index that an older version built without fingerprints, and only then', async () => {
    // Written behind the adapter, as a version before fingerprints would have.
    const meili = { host: process.env.MEILI_HOST!, headers: { authorization: `Bearer ${process.env.MEILI_API_KEY}`, 'content-type': 'application/json' } };
    const task = (await (
      await fetch(`${meili.host}/indexes/${api.searchIndexName}/documents`, {
        method: 'POST',
        headers: meili.headers,
        body: JSON.stringify([{ id: 'uit-oude-versie', type: 'PROJECT', slug: 'oud', title: 'Oud', text: '', keywords: [], compoundParts: [] }]),
      })
    ).json()) as { taskUid: number };
    for (let status = ''; status !== 'succeeded'; ) {
      status = ((await (await fetch(`${meili.host}/tasks/${task.taskUid}`, { headers: meili.headers })).json()) as { status: string }).status;
      if (status === 'failed') throw new Error('document not written');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await api.indexer.rebuildWhenNeeded()).toBe(true);
    const consistency = await api.app.get(SearchConsistency).compare();
    expect(consistency).toMatchObject({ missing: [], extra: [], outdated: [] });
    expect(await api.indexer.rebuildWhenNeeded()).toBe(false);
  });

  it('finds an index entry whose content changed without reaching the index, and reindexing fixes it', async () => {
    const [project] = await api.dataSource.query(`SELECT id, title FROM project WHERE state = 'PUBLISHED' ORDER BY title LIMIT 1`);
    await api.dataSource.query('UPDATE project SET title = $2 WHERE id = $1', [project.id, `${project.title} (buiten de outbox om)`]);
    const consistency = api.app.get(SearchConsistency);
    const difference = await consistency.compare();
    // The project's findings show its title too.
    const findings: { id: string }[] = await api.dataSource.query('SELECT id FROM finding WHERE project_id = $1', [project.id]);
    expect(difference.outdated.map((document) => document.id).sort()).toEqual([project.id, ...findings.map((finding) => finding.id)].sort());
    expect(difference.missing).toEqual([]);

    await api.app.get(SearchIndexer).rebuild();
    expect((await consistency.compare()).outdated).toEqual([]);
  });

  it('prunes applied rows after a week, never rows still to apply', async () => {
    const subject = '00000000-0000-4000-8000-000000000001';
    await api.dataSource.query(
      `INSERT INTO outbox (subject_type, subject_id, processed_at, available_at) VALUES
         ('PROJECT', $1, now() - interval '8 days', now() + interval '1 hour'),
         ('PROJECT', $1, now() - interval '1 day', now() + interval '1 hour'),
         ('PROJECT', $1, NULL, now() + interval '1 hour')`,
      [subject],
    );
    expect(await api.app.get(OutboxProcessor).prune(7)).toBeGreaterThanOrEqual(1);
    const left = await api.dataSource.query('SELECT processed_at FROM outbox WHERE subject_id = $1 ORDER BY processed_at NULLS LAST', [subject]);
    expect(left).toHaveLength(2);
    expect(left[1].processed_at).toBeNull();
    await api.dataSource.query('DELETE FROM outbox WHERE subject_id = $1', [subject]);
  });
});
