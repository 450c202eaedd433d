import { OUTBOX_LEASE_SECONDS, OutboxProcessor } from '@werkkennis/persistence';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** A worker that dies mid-batch holds its rows only briefly; one that is merely slow keeps them. */
describe('outbox leases when a worker dies or is slow', () => {
  let api: TestApp;
  let outbox: OutboxProcessor;
  const operation = contractOperations();

  beforeAll(async () => {
    // No worker in the app: the test plays the workers, so it decides who claims what when.
    api = await startTestApp({ indexWorker: false });
    outbox = api.app.get(OutboxProcessor);
    await api.indexer.drain();
  });
  afterAll(() => api.close());

  it('lets another worker take over the batch of a worker that died, within 5 s', async () => {
    const editor = await api.login(DEMO.tilburgEditor);
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Leerwerkbedrijf voor statushouders' }) }, editor)).data!
      .createProject.id;
    await api.graphql(operation.PublishProject, { id }, editor);

    // The worker that dies: it claims the batch and then neither applies nor renews it (kill -9).
    const claimed = await outbox.claim(100);
    expect(claimed.map((row) => row.subject_id)).toContain(id);
    const died = Date.now();
    expect(await api.indexer.drain()).toBe(0);

    let applied = 0;
    while (!applied && Date.now() - died < 10_000) {
      await sleep(100);
      applied = await api.indexer.drain();
    }
    expect(applied).toBeGreaterThan(0);
    expect(Date.now() - died).toBeLessThan(5_000);
    const found = await api.graphql(operation.Search, { input: { query: 'leerwerkbedrijf statushouders' } });
    expect(found.data!.search.hits.map((hit: { id: string }) => hit.id)).toContain(id);
  });

  it('keeps the rows of a batch whose handler outlasts the lease, so no second worker applies them meanwhile', async () => {
    const subject = randomUUID();
    await api.dataSource.query(`INSERT INTO outbox (subject_type, subject_id) VALUES ('PROJECT', $1)`, [subject]);
    let slowStarted!: () => void;
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    let slowFinished = false;
    const slow = outbox
      .processBatch(async () => {
        slowStarted();
        await sleep((OUTBOX_LEASE_SECONDS + 2) * 1000);
      })
      .finally(() => (slowFinished = true));
    await started;

    const takenBySecond: string[] = [];
    while (!slowFinished) {
      await outbox.processBatch(async (subjects) => void takenBySecond.push(...subjects.map((s) => s.id)));
      await sleep(200);
    }
    expect(await slow).toBe(1);
    expect(takenBySecond).not.toContain(subject);
    const [row] = await api.dataSource.query('SELECT processed_at FROM outbox WHERE subject_id = $1', [subject]);
    expect(row.processed_at).not.toBeNull();
  });
});
