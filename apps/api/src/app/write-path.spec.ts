import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MUTATION_CASES } from '../testing/mutation-cases';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Every write goes through the one unit of work: each mutation that changes content leaves a
 * row in the audit trail, and one in the search outbox when search shows what it changed.
 */
describe('write path: every mutation leaves its trail', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Outbox rows stay where they are, so the test sees exactly what each write enqueued.
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const count = async (table: 'audit_entry' | 'outbox'): Promise<number> =>
    Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('knows every mutation of the schema, and only sign-in, recovery and previews may leave no trail', () => {
    const mutations = Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !MUTATION_CASES[name])).toEqual([]);
    const exempt = Object.entries(MUTATION_CASES).filter(([, mutationCase]) => mutationCase.noAudit);
    expect(exempt.filter(([, mutationCase]) => mutationCase.action !== 'public' && !mutationCase.rolledBack).map(([name]) => name)).toEqual([]);
  });

  const writes = Object.entries(MUTATION_CASES).filter(([, mutationCase]) => !mutationCase.noAudit);

  it.each(writes)('%s records an audit row, and an outbox row where search shows it', async (_, mutationCase) => {
    const [query, variables] = await (mutationCase.writeCall ?? mutationCase.call)(api);
    const [auditBefore, outboxBefore] = [await count('audit_entry'), await count('outbox')];
    const result = await api.graphql(query, variables, await api.login(DEMO[mutationCase.writer ?? 'admin']));
    expect(result.errors).toBeUndefined();
    expect(await count('audit_entry')).toBeGreaterThan(auditBefore);
    if (mutationCase.searchable) expect(await count('outbox')).toBeGreaterThan(outboxBefore);
    else expect(await count('outbox')).toBe(outboxBefore);
  });
});
