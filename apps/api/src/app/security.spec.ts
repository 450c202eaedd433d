import { RateLimitCounter } from '@werkkennis/persistence';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Abuse: guessing passwords, SQL in filters, and the audit trail of who changed what. */
describe('security', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ rateLimits: { loginPerMinute: 10, writesPerMinute: 1000 } });
  });
  afterAll(() => api.close());

  it('locks an account after five wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i += 1) {
      const wrong = await api.graphql(operation.Login, { email: DEMO.practitioner, password: `fout-${i}` });
      expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const right = await api.graphql(operation.Login, { email: DEMO.practitioner, password: 'werkkennis-demo' });
    expect(right.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(right.errors![0].message).toMatch(/geblokkeerd/);
  });

  it('answers a flood of sign-in attempts with TOO_MANY_REQUESTS and keeps serving', async () => {
    const codes = new Map<string, number>();
    const attempts = Array.from({ length: 1000 }, (_, i) => i);
    for (let start = 0; start < attempts.length; start += 50) {
      const batch = await Promise.all(
        attempts.slice(start, start + 50).map(() => api.graphql(operation.Login, { email: 'gok@aanvaller.example', password: 'raden' })),
      );
      for (const result of batch) {
        const code = String(result.errors?.[0].extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    // Counted atomically in the database, 50 at a time: exactly the limit gets through.
    expect(codes.get('UNAUTHENTICATED')).toBe(10);
    expect(codes.get('TOO_MANY_REQUESTS')).toBe(990);
    expect((await api.graphql('{ terms(first: 1) { nodes { id } } }')).data!.terms.nodes).toHaveLength(1);
  });

  it('keeps the counts in the database, shared by every API process, without the addresses themselves', async () => {
    const rows: { key: string; hits: number }[] = await api.dataSource.query('SELECT key, hits FROM rate_limit_window');
    expect(rows.map((row) => row.hits)).toContain(1000);
    expect(rows.some((row) => /aanvaller|127\.0\.0\.1/.test(row.key))).toBe(false);

    const counter = api.app.get(RateLimitCounter);
    const hits = await Promise.all(Array.from({ length: 20 }, () => counter.hit('proef', 300)));
    expect(hits.map((count) => count.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await counter.hit('proef', 300)).hits).toBe(1);
  });

  it('limits password-reset requests per address across e-mail addresses, so nobody can mail-bomb many accounts', async () => {
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => api.graphql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: `slachtoffer-${i}@elders.example` })),
    );
    const refused = results.filter((result) => result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused.length).toBeGreaterThanOrEqual(5);
  });

  it('treats SQL meta-characters in filters as plain values', async () => {
    const before = (await api.dataSource.query('SELECT count(*)::int AS n FROM project'))[0].n;
    for (const value of ["'; DROP TABLE project; --", '" OR 1=1 --', '%', '\\']) {
      const result = await api.graphql('query($themes: [String!]) { projects(first: 5, filter: { themes: $themes }) { nodes { id } } }', { themes: [value] });
      expect(result.errors).toBeUndefined();
      expect(result.data!.projects.nodes).toEqual([]);
    }
    expect((await api.dataSource.query('SELECT count(*)::int AS n FROM project'))[0].n).toBe(before);
  });

  it('keeps an audit trail that the owning organisation and admins can read', async () => {
    const tilburg = await api.login(DEMO.tilburgEditor);
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Oude titel' }) }, tilburg)).data!.createProject.id;
    await api.graphql(operation.UpdateProject, { id, input: { title: 'Nieuwe titel' } }, tilburg);
    const query = 'query($id: ID!) { auditTrail(subjectId: $id) { action actorId changes } }';
    const trail = await api.graphql(query, { id }, tilburg);
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['project.create', 'project.update']);
    expect(trail.data!.auditTrail[1].changes.title).toEqual({ before: 'Oude titel', after: 'Nieuwe titel' });
    expect((await api.graphql(query, { id }, await api.login(DEMO.admin))).errors).toBeUndefined();
    expect((await api.graphql(query, { id }, await api.login(DEMO.amsterdamEditor))).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(query, { id }, await api.login(DEMO.researcher))).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(query, { id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the trail of vocabulary work too: definitions, their relations and annotations, even deleted ones', async () => {
    const researcher = await api.login(DEMO.researcher);
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const id = (await api.graphql(operation.AddDefinition, { input: { termId: term.id, text: 'Eerste tekst.', perspective: 'RESEARCH' } }, researcher)).data!.addDefinition.id;
    await api.graphql('mutation($id: ID!) { updateDefinition(id: $id, input: { text: "Tweede tekst." }) { id } }', { id }, researcher);
    await api.graphql(
      'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }',
      { input: { fromDefinitionId: id, toDefinitionId: term.definitions[0].id, kind: 'NARROWER', reason: 'Smaller opgevat.' } },
      researcher,
    );
    const annotationId = (
      await api.graphql(operation.AnnotateDefinition, { input: { definitionId: id, motivation: 'QUESTIONING', body: 'Waarom zo?' } }, researcher)
    ).data!.annotateDefinition.id;
    await api.graphql('mutation($id: ID!) { deleteAnnotation(id: $id) }', { id: annotationId }, researcher);

    const query = 'query($id: ID!) { auditTrail(subjectId: $id) { action actorId changes } }';
    const definitionTrail = await api.graphql(query, { id }, researcher);
    expect(definitionTrail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['definition.add', 'definition.update', 'definition.relate']);
    expect(definitionTrail.data!.auditTrail[1].changes.text).toEqual({ before: 'Eerste tekst.', after: 'Tweede tekst.' });
    const annotationTrail = await api.graphql(query, { id: annotationId }, await api.login(DEMO.admin));
    expect(annotationTrail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['annotation.add', 'annotation.delete']);
    expect(annotationTrail.data!.auditTrail[1].changes.body).toEqual({ before: 'Waarom zo?', after: null });
    expect((await api.graphql(query, { id }, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
