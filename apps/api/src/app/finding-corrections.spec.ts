import { SearchConsistency } from '@werkkennis/content-search';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const CORRECT = 'mutation($id: ID!, $input: CorrectFindingInput!) { correctFinding(id: $id, input: $input) { id version effectSize correctedAt correctionReason } }';
const WITHDRAW = 'mutation($id: ID!, $reason: String!) { withdrawFinding(id: $id, reason: $reason) { id withdrawnAt withdrawalReason } }';
const FINDING = `query($id: ID!) {
  finding(id: $id) {
    id title summary effectSize version correctedAt correctionReason withdrawnAt withdrawalReason
    versions { version title summary effectSize reason changedAt }
  }
}`;
const PROJECT_FINDINGS = 'query($slug: String!, $all: Boolean!) { project(slug: $slug) { findings(includeWithdrawn: $all) { id withdrawnAt } } }';
const TRAIL = 'query($id: ID!) { auditTrail(subjectId: $id) { action changes } }';

/** Editors correct a published result into a new version, or withdraw it; readers see why, and search follows. */
describe('correcting and withdrawing findings', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A finding of a fresh Tilburg project, published unless asked otherwise. */
  async function tilburgFinding(summary: string, options: { published?: boolean } = {}): Promise<{ id: string; slug: string }> {
    const editor = await api.login(DEMO.tilburgEditor);
    const project = (await api.graphql(operation.CreateProject, { input: projectInput() }, editor)).data!.createProject;
    if (options.published !== false) await api.graphql(operation.PublishProject, { id: project.id }, editor);
    const input = { projectId: project.id, title: 'Uitstroom naar werk na een jaar', summary, effectSize: 'OR 1,4' };
    const added = await api.graphql(operation.AddFinding, { input }, editor);
    expect(added.errors).toBeUndefined();
    return { id: added.data!.addFinding.id, slug: project.slug };
  }

  const searchIds = async (query: string): Promise<string[]> =>
    (await api.graphql(operation.Search, { input: { query, types: ['FINDING'], limit: 50 } })).data!.search.hits.map((hit: { id: string }) => hit.id);
  const rowCount = async (table: 'audit_entry' | 'finding_version', id: string) =>
    Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'audit_entry' ? 'subject_id' : 'finding_id'} = $1`, [id]))[0].n);

  it('keeps every version with its reason, shows the public notice, and writes the trail', async () => {
    const { id } = await tilburgFinding('Deelnemers met een jobcoach vonden vaker werk.');
    const editor = await api.login(DEMO.tilburgEditor);
    const corrected = await api.graphql(CORRECT, { id, input: { effectSize: 'OR 1,2', reason: '  Rekenfout in de effectgrootte hersteld.  ' } }, editor);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctFinding).toMatchObject({ version: 2, effectSize: 'OR 1,2', correctionReason: 'Rekenfout in de effectgrootte hersteld.' });

    // Anyone reads the notice and the history.
    const read = (await api.graphql(FINDING, { id })).data!.finding;
    expect(read).toMatchObject({ version: 2, effectSize: 'OR 1,2', correctionReason: 'Rekenfout in de effectgrootte hersteld.', withdrawnAt: null });
    expect(Date.parse(read.correctedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(read.versions.map((v: { version: number; effectSize: string; reason: string | null }) => [v.version, v.effectSize, v.reason])).toEqual([
      [1, 'OR 1,4', null],
      [2, 'OR 1,2', 'Rekenfout in de effectgrootte hersteld.'],
    ]);
    expect(read.versions[1].changedAt).toBe(read.correctedAt);

    const trail = (await api.graphql(TRAIL, { id }, editor)).data!.auditTrail;
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual(['finding.add', 'finding.correct']);
    expect(trail[1].changes).toMatchObject({
      effectSize: { before: 'OR 1,4', after: 'OR 1,2' },
      version: { before: 1, after: 2 },
      correctionReason: { before: null, after: 'Rekenfout in de effectgrootte hersteld.' },
    });
  });

  it('makes the corrected text findable and the old text not', async () => {
    const { id } = await tilburgFinding('Deelnemers uit de schildersbranche bleven langer aan het werk.');
    await api.indexer.drain();
    expect(await searchIds('schildersbranche')).toContain(id);

    const input = { summary: 'Deelnemers uit de glazenwassersbranche bleven langer aan het werk.', reason: 'De branche was verkeerd overgenomen.' };
    expect((await api.graphql(CORRECT, { id, input }, await api.login(DEMO.tilburgEditor))).errors).toBeUndefined();
    await api.indexer.drain();
    expect(await searchIds('glazenwassersbranche')).toContain(id);
    expect(await searchIds('schildersbranche')).not.toContain(id);
  });

  it('withdraws: readable at its address with the reason, gone from lists and search, and changes no more', async () => {
    const { id, slug } = await tilburgFinding('Deelnemers met een loopbaankompas vonden sneller werk.');
    await api.indexer.drain();
    expect(await searchIds('loopbaankompas')).toContain(id);

    const editor = await api.login(DEMO.tilburgEditor);
    const withdrawn = await api.graphql(WITHDRAW, { id, reason: 'De vergelijkingsgroep bleek niet vergelijkbaar.' }, editor);
    expect(withdrawn.errors).toBeUndefined();
    await api.indexer.drain();

    const read = (await api.graphql(FINDING, { id })).data!.finding;
    expect(read.withdrawalReason).toBe('De vergelijkingsgroep bleek niet vergelijkbaar.');
    expect(Date.parse(read.withdrawnAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await searchIds('loopbaankompas')).not.toContain(id);
    const list = (await api.graphql('{ findings(first: 100) { edges { node { id } } } }')).data!.findings.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(list).not.toContain(id);
    expect((await api.graphql(PROJECT_FINDINGS, { slug, all: false })).data!.project.findings).toEqual([]);
    expect((await api.graphql(PROJECT_FINDINGS, { slug, all: true })).data!.project.findings).toEqual([{ id, withdrawnAt: read.withdrawnAt }]);
    expect((await api.graphql(TRAIL, { id }, editor)).data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['finding.add', 'finding.withdraw']);

    const [again, correction] = [
      await api.graphql(WITHDRAW, { id, reason: 'Nogmaals.' }, editor),
      await api.graphql(CORRECT, { id, input: { effectSize: 'OR 1,0', reason: 'Te laat.' } }, editor),
    ];
    for (const refused of [again, correction]) {
      expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.fields!['id']).toEqual([expect.stringContaining('ingetrokken')]);
    }
    const consistency = await api.app.get(SearchConsistency).compare();
    expect([consistency.missing, consistency.extra, consistency.outdated]).toEqual([[], [], []]);
  });

  it("refuses another organisation's editor, researchers, practitioners and anonymous visitors, writing nothing", async () => {
    const { id } = await tilburgFinding('Een resultaat dat alleen Tilburg mag corrigeren.');
    const audit = await rowCount('audit_entry', id);
    const cases: [string | undefined, string][] = [
      [await api.login(DEMO.amsterdamEditor), 'FORBIDDEN'],
      [await api.login(DEMO.researcher), 'FORBIDDEN'],
      [await api.login(DEMO.practitioner), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [token, code] of cases) {
      const correction = await api.graphql(CORRECT, { id, input: { effectSize: 'OR 9', reason: 'Niet van mij.' } }, token);
      const withdrawal = await api.graphql(WITHDRAW, { id, reason: 'Niet van mij.' }, token);
      expect([correction.errors![0].extensions!.code, withdrawal.errors![0].extensions!.code]).toEqual([code, code]);
    }
    const read = (await api.graphql(FINDING, { id })).data!.finding;
    expect(read).toMatchObject({ version: 1, effectSize: 'OR 1,4', withdrawnAt: null });
    expect([await rowCount('audit_entry', id), await rowCount('finding_version', id)]).toEqual([audit, 1]);
  });

  it("answers a finding of another organisation's draft as unknown, naming the finding", async () => {
    const { id } = await tilburgFinding('Een resultaat van een concept.', { published: false });
    const refused = await api.graphql(WITHDRAW, { id, reason: 'Zomaar.' }, await api.login(DEMO.amsterdamEditor));
    expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(refused.errors![0].message).toBe(`Bevinding "${id}" bestaat niet of is niet zichtbaar voor u.`);
  });

  it('refuses a correction or withdrawal without a reason, an emptied title and a correction that changes nothing, writing nothing', async () => {
    const { id } = await tilburgFinding('Een resultaat om onzorgvuldig te corrigeren.');
    const editor = await api.login(DEMO.tilburgEditor);
    const audit = await rowCount('audit_entry', id);

    const blank = await api.graphql(CORRECT, { id, input: { effectSize: 'OR 1,1', reason: '   ' } }, editor);
    expect(blank.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions!.fields).toEqual({ reason: ['Geef de reden van de correctie: lezers zien haar bij het resultaat.'] });
    const english = await api.graphql(WITHDRAW, { id, reason: '' }, editor, { 'accept-language': 'en' });
    expect(english.errors![0].extensions!.fields).toEqual({ reason: ['Give the reason for withdrawing: readers see it with the result.'] });
    const emptied = await api.graphql(CORRECT, { id, input: { title: null, reason: 'Titel weg.' } }, editor);
    expect(emptied.errors![0].extensions!.fields).toEqual({ title: ['Dit veld is verplicht.'] });
    const unchanged = await api.graphql(CORRECT, { id, input: { effectSize: 'OR 1,4', reason: 'Toch niet.' } }, editor);
    expect(unchanged.errors![0].extensions!.fields).toEqual({ input: ['Er is niets veranderd. Pas minstens één veld aan, of annuleer de correctie.'] });

    const read = (await api.graphql(FINDING, { id })).data!.finding;
    expect(read).toMatchObject({ version: 1, correctedAt: null, withdrawnAt: null });
    expect([await rowCount('audit_entry', id), await rowCount('finding_version', id)]).toEqual([audit, 1]);
  });
});
