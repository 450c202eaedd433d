import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SEARCH = 'query($query: String!) { search(input: { query: $query }) { total } }';
const GAPS = '{ knowledgeGaps { query visits results lastSeenOn } }';

/** What the field searches for and does not find: counted per visit, shown to researchers and admins. */
describe('knowledge gaps', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  /** A search from one visit: the visit is told apart by its browser, as behind one office address. */
  const searchAs = (visit: string, query: string) => api.graphql(SEARCH, { query }, undefined, { 'user-agent': `browser-${visit}` });
  const gaps = async (who: keyof typeof DEMO = 'researcher') =>
    (await api.graphql<{ knowledgeGaps: { query: string; visits: number; results: number }[] }>(GAPS, {}, await api.login(DEMO[who]))).data!.knowledgeGaps;
  /** Searches are counted after they are answered; waits until the query's visits are in. */
  const recorded = async (query: string, visits: number) => {
    for (let waited = 0; waited < 5_000; waited += 50) {
      const [row] = await api.dataSource.query('SELECT count(*)::int AS n FROM search_gap_visit WHERE query = $1', [query]);
      if (row.n >= visits) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`"${query}" not recorded for ${visits} visits`);
  };

  it('shows a query that finds nothing once three different visits asked it, in its normalised form', async () => {
    await searchAs('a', 'Jobcarving voor statushouders');
    await searchAs('b', 'jobcarving   voor STATUSHOUDERS!');
    await recorded('jobcarving voor statushouders', 2);
    expect((await gaps()).map((gap) => gap.query)).not.toContain('jobcarving voor statushouders');
    await searchAs('c', 'jobcarving voor statushouders');
    await recorded('jobcarving voor statushouders', 3);
    const gap = (await gaps()).find((found) => found.query === 'jobcarving voor statushouders');
    expect(gap).toMatchObject({ visits: 3 });
    expect(gap!.results).toBeLessThanOrEqual(2);
  });

  it('counts one visit once, however often it asks', async () => {
    for (let time = 0; time < 4; time += 1) await searchAs('d', 'loonwaardemeting bij zzp');
    await searchAs('e', 'loonwaardemeting bij zzp');
    await recorded('loonwaardemeting bij zzp', 2);
    expect((await gaps()).map((gap) => gap.query)).not.toContain('loonwaardemeting bij zzp');
  });

  it('leaves out the steps of search as you type, searches that find enough, and anything that names a person', async () => {
    for (const visit of ['f', 'g', 'h']) {
      await searchAs(visit, 'werkfit');
      await searchAs(visit, 'werkfitheidstraject');
      await searchAs(visit, 'vakmanschap');
      await searchAs(visit, 'j.jansen@gemeente.example');
    }
    await recorded('werkfitheidstraject', 3);
    const queries = (await gaps()).map((gap) => gap.query);
    expect(queries).toContain('werkfitheidstraject');
    expect(queries).not.toContain('werkfit');
    expect(queries).not.toContain('vakmanschap');
    expect(queries.some((query) => query.includes('jansen'))).toBe(false);
  });

  it('keeps nothing about the person: only the query, a visit hash and the number of results', async () => {
    const columns = (await api.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_gap_visit' ORDER BY column_name`)).map(
      (row: { column_name: string }) => row.column_name,
    );
    expect(columns).toEqual(['query', 'results', 'seen_on', 'visit']);
    const visits = (await api.dataSource.query('SELECT visit FROM search_gap_visit')).map((row: { visit: string }) => row.visit);
    expect(visits.every((visit: string) => /^[0-9a-f]{64}$/.test(visit) && !visit.includes('browser'))).toBe(true);
  });

  it('is for researchers and admins only', async () => {
    expect(await gaps('admin')).toEqual(expect.any(Array));
    expect((await api.graphql(GAPS)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const who of ['practitioner', 'tilburgEditor'] as const) {
      expect((await api.graphql(GAPS, {}, await api.login(DEMO[who]))).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});
