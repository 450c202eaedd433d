import { projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const SESSION = `query($slug: String!) {
  networkSession(slug: $slug) {
    kind title heldOn summary viewerCanUpdate organiser { slug }
    participants { organization { slug } perspective contribution }
    agenda { term { slug } meetingPoints differences followUp definitions { id perspective } relations { id kind } annotations { id } }
  }
}`;
const RECORD = 'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id slug kind heldOn } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id title } }';
const HISTORY = `query($slug: String!) {
  termHistory(slug: $slug) { term { slug } points { at divergence definitions perspectives agreements conflicts changes { change perspective } sessions { slug } } }
}`;
const FLOW = `query($network: String) {
  knowledgeFlow(networkSlug: $network) {
    network { slug }
    membersByKind { kind organizations { slug } }
    links { developer { slug } user { slug } uses interventions { slug } }
    years { year uses pairs }
  }
}`;

describe('the learning network', () => {
  let api: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    for (const slug of ['tilburg-university', 'uwv', 'gemeente-amsterdam']) ids[slug] = (await api.graphql('query($slug: String!) { organization(slug: $slug) { id } }', { slug })).data!.organization.id;
  });
  afterAll(() => api.close());

  const term = async (slug: string) =>
    (await api.graphql('query($slug: String!) { term(slug: $slug) { id definitions { id perspective relations { id } annotations { id } } } }', { slug })).data!.term;

  describe('sessions', () => {
    it('lists the demo series newest first and shows a public report with perspectives, agenda and what came of it', async () => {
      const list = (await api.graphql('{ networkSessions { slug kind heldOn } }')).data!.networkSessions;
      expect(list.map((session: { kind: string }) => session.kind)).toEqual(['AFTER_SESSIE_KENNISINSTELLINGEN', 'STAKEHOLDERBIJEENKOMST', 'EXPERTBIJEENKOMST']);
      const expert = list.find((session: { kind: string }) => session.kind === 'EXPERTBIJEENKOMST');
      const report = (await api.graphql(SESSION, { slug: expert.slug })).data!.networkSession;
      expect(report).toMatchObject({ heldOn: '2025-01-28', organiser: { slug: 'tilburg-university' }, viewerCanUpdate: false });
      expect(report.participants[0]).toMatchObject({ organization: { slug: 'tilburg-university' }, perspective: 'RESEARCH' });
      expect(report.agenda.map((item: { term: { slug: string } }) => item.term.slug)).toEqual(['vakmanschap', 'evidence-based-werken']);
      expect(report.agenda[0].meetingPoints).toMatch(/afwegen/);
      expect(report.agenda[0].definitions).toEqual([expect.objectContaining({ perspective: 'RESEARCH' })]);
      expect(report.agenda[0].relations).toEqual([expect.objectContaining({ kind: 'CONFLICTS_WITH' })]);
    });

    it('filters sessions by a term on their agenda', async () => {
      const { id } = await term('bejegening');
      expect((await api.graphql('query($id: ID) { networkSessions(termId: $id) { slug } }', { id })).data!.networkSessions).toEqual([]);
      expect((await api.graphql('query($id: ID) { networkSessions(termId: $id) { slug } }', { id: (await term('vakmanschap')).id })).data!.networkSessions).toHaveLength(3);
    });

    it('lets a researcher record a session with outcomes of the terms discussed, and keep it current', async () => {
      const researcher = await api.login(DEMO.researcher);
      const bejegening = await term('bejegening');
      const [first] = bejegening.definitions;
      const input = {
        kind: 'OVERIG',
        title: 'Leerkring bejegening',
        heldOn: '2025-10-02',
        organiserId: ids['tilburg-university'],
        summary: 'Een korte leerkring.',
        participants: [
          { organizationId: ids['uwv'], perspective: 'UWV', contribution: 'Werkinstructies.' },
          { organizationId: ids['gemeente-amsterdam'], perspective: 'MUNICIPALITY' },
        ],
        agenda: [{ termId: bejegening.id, meetingPoints: 'Respect.', differences: 'Toon.', followUp: 'Nieuwe definitie.', definitionIds: [first.id] }],
      };
      const recorded = await api.graphql(RECORD, { input }, researcher);
      expect(recorded.errors).toBeUndefined();
      const { slug, id } = recorded.data!.recordSession;
      const report = (await api.graphql(SESSION, { slug }, researcher)).data!.networkSession;
      expect(report).toMatchObject({ kind: 'OVERIG', viewerCanUpdate: true, participants: [{ perspective: 'UWV' }, { perspective: 'MUNICIPALITY', contribution: '' }] });
      expect(report.agenda[0]).toMatchObject({ term: { slug: 'bejegening' }, followUp: 'Nieuwe definitie.', definitions: [{ id: first.id }] });

      const updated = await api.graphql(UPDATE, { id, input: { title: 'Leerkring over bejegening' } }, researcher);
      expect(updated.data!.updateSession.title).toBe('Leerkring over bejegening');
      // Participants and agenda stay when the update leaves them out.
      expect((await api.graphql(SESSION, { slug })).data!.networkSession.participants).toHaveLength(2);
      const trail = await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1 ORDER BY created_at`, [id]);
      expect(trail.map((row: { action: string }) => row.action)).toEqual(['session.record', 'session.update']);
    });

    it('refuses work of another term, a term twice and unknown organisations, in Dutch, and says what to do', async () => {
      const researcher = await api.login(DEMO.researcher);
      const bejegening = await term('bejegening');
      const otherTermDefinition = (await term('vakmanschap')).definitions[0].id;
      const base = { kind: 'OVERIG', title: 'Fout', heldOn: '2025-10-02', organiserId: ids['uwv'] };
      const foreign = await api.graphql(RECORD, { input: { ...base, agenda: [{ termId: bejegening.id, definitionIds: [otherTermDefinition] }] } }, researcher);
      expect(foreign.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(foreign.errors![0].extensions!.fields!.agenda[0]).toContain('Koppel alleen definities, relaties en annotaties van het besproken begrip');
      const twice = await api.graphql(RECORD, { input: { ...base, agenda: [{ termId: bejegening.id }, { termId: bejegening.id }] } }, researcher);
      expect(twice.errors![0].extensions!.fields!.agenda[0]).toMatch(/één keer op de agenda/);
      const unknown = await api.graphql(RECORD, { input: { ...base, organiserId: '00000000-0000-4000-8000-000000000000' } }, researcher);
      expect(unknown.errors![0].extensions!.fields!.organizations[0]).toMatch(/Onbekende organisatie/);
      const english = await api.graphql(RECORD, { input: { ...base, agenda: [{ termId: bejegening.id }, { termId: bejegening.id }] } }, researcher, { 'accept-language': 'en' });
      expect(english.errors![0].extensions!.fields!.agenda[0]).toMatch(/on the agenda once/);
      const missing = await api.graphql(SESSION, { slug: 'bestaat-niet' });
      expect(missing.errors![0].message).toMatch(/Bijeenkomst "bestaat-niet" bestaat niet/);
    });

    it('keeps a report for its recorder, her colleagues and admins', async () => {
      const researcher = await api.login(DEMO.researcher);
      const recorded = await api.graphql(RECORD, { input: { kind: 'OVERIG', title: 'Eigen verslag', heldOn: '2025-11-01', organiserId: ids['uwv'] } }, researcher);
      const id = recorded.data!.recordSession.id;
      const editor = await api.graphql(UPDATE, { id, input: { summary: 'x' } }, await api.login(DEMO.tilburgEditor));
      expect(editor.errors![0].extensions!.code).toBe('FORBIDDEN');
      const admin = await api.graphql(UPDATE, { id, input: { summary: 'Door de beheerder aangevuld.' } }, await api.login(DEMO.admin));
      expect(admin.errors).toBeUndefined();
    });
  });

  describe('termHistory', () => {
    it('gives a point per definition, relation and session, with the divergence of the definitions as they then stood', async () => {
      const { points } = (await api.graphql(HISTORY, { slug: 'vakmanschap' })).data!.termHistory;
      const days = points.map((point: { at: string }) => point.at.slice(0, 10));
      expect(days).toEqual([...days].sort());
      expect(days).toEqual(['2024-09-16', '2024-10-21', '2025-01-28', '2025-02-04', '2025-02-11', '2025-03-25', '2025-04-02', '2025-04-08', '2025-06-17', '2025-06-24']);
      // One perspective has no divergence yet; from two on it has.
      expect(points[0]).toMatchObject({ definitions: 1, divergence: null, changes: [{ change: 'DEFINITION_ADDED', perspective: 'MINISTRY' }] });
      expect(points[1].divergence).toEqual(expect.any(Number));
      // Sessions are markers; the statements count up to each moment.
      expect(points[2].sessions).toHaveLength(1);
      expect(points.at(-1)).toMatchObject({ definitions: 4, perspectives: 4, agreements: 1, conflicts: 2 });
      // The last point is today's state: the same figure as the comparison.
      const today = (await api.graphql('{ termComparison(slug: "vakmanschap") { divergence } }')).data!.termComparison.divergence;
      expect(points.at(-1).divergence).toBe(today);
    });

    it('follows a revision: the point after it measures the new text', async () => {
      const researcher = await api.login(DEMO.researcher);
      const { id: termId } = await term('zelfeffectiviteit');
      const before = (await api.graphql(HISTORY, { slug: 'zelfeffectiviteit' })).data!.termHistory.points;
      const added = await api.graphql(
        'mutation($input: AddDefinitionInput!) { addDefinition(input: $input) { id } }',
        { input: { termId, perspective: 'CLIENT', text: 'Zelfeffectiviteit is geloven dat je een baan kunt vinden en houden.' } },
        researcher,
      );
      const id = added.data!.addDefinition.id;
      await api.graphql('mutation($id: ID!) { updateDefinition(id: $id, input: { text: "Zelfeffectiviteit is vertrouwen in je eigen kunnen op het werk." }) { id } }', { id }, researcher);
      const after = (await api.graphql(HISTORY, { slug: 'zelfeffectiviteit' })).data!.termHistory.points;
      expect(after).toHaveLength(before.length + 2);
      expect(after.at(-1).changes).toEqual([{ change: 'DEFINITION_REVISED', perspective: 'CLIENT' }]);
      expect(after.at(-1).definitions).toBe(after.at(-2).definitions);
    });

    it('answers an unknown term as not found', async () => {
      const result = await api.graphql(HISTORY, { slug: 'geen-begrip' });
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  describe('knowledgeFlow', () => {
    it('shows interventions of one organisation used in published projects of others, per pair and per year', async () => {
      const flow = (await api.graphql(FLOW, {})).data!.knowledgeFlow;
      expect(flow.network).toBeNull();
      expect(flow.links.length).toBeGreaterThan(0);
      for (const link of flow.links) expect(link.developer.slug).not.toBe(link.user.slug);
      expect(flow.links.map((link: { uses: number }) => link.uses)).toEqual([...flow.links.map((link: { uses: number }) => link.uses)].sort((a, b) => b - a));
      const total = flow.links.reduce((sum: number, link: { uses: number }) => sum + link.uses, 0);
      expect(flow.years.reduce((sum: number, year: { uses: number }) => sum + year.uses, 0)).toBe(total);
      expect(flow.membersByKind.find((group: { kind: string }) => group.kind === 'MUNICIPALITY').organizations.length).toBeGreaterThan(1);
    });

    it('counts a use only once its project is published, and only within the network asked for', async () => {
      const editor = await api.login(DEMO.amsterdamEditor);
      const count = async (network?: string) =>
        (await api.graphql(FLOW, { network })).data!.knowledgeFlow.links.reduce((sum: number, link: { uses: number }) => sum + link.uses, 0);
      const before = await count();
      const inNetwork = await count('gewogen-maatwerk');
      expect(inNetwork).toBeLessThanOrEqual(before);
      const ips = (await api.graphql('{ intervention(slug: "individuele-plaatsing-en-steun") { id developers { slug } } }')).data!.intervention;
      expect(ips.developers.map((developer: { slug: string }) => developer.slug)).not.toContain('gemeente-amsterdam');
      const project = await api.graphql(
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        { input: projectInput({ title: 'IPS in Amsterdam-Noord', startDate: '2026-01-01', interventionIds: [ips.id] }) },
        editor,
      );
      expect(project.errors).toBeUndefined();
      expect(await count()).toBe(before);
      await api.graphql('mutation($id: ID!) { publishProject(id: $id) { id } }', { id: project.data!.createProject.id }, editor);
      // One use per developer of the intervention: each sees its work travel.
      expect(await count()).toBe(before + ips.developers.length);
      const years = (await api.graphql(FLOW, {})).data!.knowledgeFlow.years;
      expect(years.at(-1)).toMatchObject({ year: 2026, uses: ips.developers.length });
    });
  });
});
