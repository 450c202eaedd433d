import { startTestApp, type TestApp } from '../testing/test-app';

/** What load balancers, Prometheus and browsers see besides GraphQL. */
describe('health, metrics and security headers', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers liveness and readiness with database, search engine and outbox', async () => {
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { details: unknown };
    expect(body.details).toMatchObject({ database: { status: 'up' }, search: { status: 'up' }, outbox: { status: 'up' } });
  });

  it('serves the page to any client that does not ask for JSON (curl, browsers), and JSON to those that do', async () => {
    for (const accept of [undefined, '*/*', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
      const page = await fetch(`${api.url}/`, { headers: accept ? { accept } : {} });
      expect([accept, page.status, page.headers.get('content-type')]).toEqual([accept, 200, expect.stringContaining('text/html')]);
    }
    const json = await fetch(`${api.url}/`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toContain('application/json');
  });

  it('exports Prometheus metrics per GraphQL operation', async () => {
    await api.graphql('query TermList { terms(first: 1) { nodes { id } } }');
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/werkkennis_graphql_request_duration_seconds_count\{operation="TermList",type="query"\} 1/);
    expect(text).toContain('werkkennis_outbox_pending');
    expect(text).toContain('werkkennis_search_engine_duration_seconds');
  });

  it('sends a strict Content-Security-Policy and a request id', async () => {
    const response = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'test-123' } });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-request-id')).toBe('test-123');
  });

  it('refuses a query nested too deep and an alias flood', async () => {
    const deep = `{ projects(first: 1) { nodes { ${'interventions { projects { '.repeat(6)} id ${'} } '.repeat(6)} } } }`;
    const tooDeep = await api.graphql(deep);
    expect(tooDeep.errors![0].message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: terms(first: 1) { totalCount }`).join(' ')} }`;
    const flood = await api.graphql(aliases);
    expect(flood.errors![0].message).toMatch(/alias/i);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });

  it('refuses a body over 1 MB', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ terms(first: 1) { totalCount } }', variables: { padding: 'x'.repeat(5_000_000) } }),
    });
    expect(response.status).toBe(413);
  });
});
