import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Mention = { termSlug: string; label: string; matchedText: string; start: number; end: number; field: string };

const MENTION_FIELDS = 'termMentions { termSlug label matchedText start end field }';
const PROJECT = `query($slug: String!) { project(slug: $slug) { title summary reason background goal expectedResults ${MENTION_FIELDS} } }`;
const CREATE_TERM = 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }';
const UPDATE_TERM = 'mutation($id: ID!, $input: UpdateTermInput!) { updateTerm(id: $id, input: $input) { id } }';

/** Mentions of the vocabulary's labels in projects, interventions and findings, returned as links to the term. */
describe('vocabulary: term linking', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  async function projectWithSummary(summary: string): Promise<{ slug: string; token: string }> {
    const token = await api.login(DEMO.tilburgEditor);
    const created = await api.graphql(operation.CreateProject, { input: projectInput({ summary }) }, token);
    return { slug: created.data!.createProject.slug, token };
  }

  const mentionsOf = async (slug: string, token: string): Promise<Mention[]> => (await api.graphql(PROJECT, { slug }, token)).data!.project.termMentions;

  it('links the longest label first, through Dutch stems, abbreviations and English labels, without overlaps', async () => {
    const summary = 'Duurzame werkhervatting vraagt maatwerk. Werkhervatting alleen is niet genoeg: wij willen evidence based werken, met EBP als norm en aandacht voor self-efficacy.';
    const { slug, token } = await projectWithSummary(summary);
    const mentions = (await mentionsOf(slug, token)).filter((mention) => mention.field === 'summary');
    expect(mentions.map(({ termSlug, matchedText }) => [termSlug, matchedText])).toEqual([
      ['duurzame-werkhervatting', 'Duurzame werkhervatting'],
      ['maatwerk', 'maatwerk'],
      ['werkhervatting', 'Werkhervatting'],
      ['evidence-based-werken', 'evidence based werken'],
      ['evidence-based-werken', 'EBP'],
      ['zelfeffectiviteit', 'self-efficacy'],
    ]);
    for (const mention of mentions) expect(summary.slice(mention.start, mention.end)).toBe(mention.matchedText);
    expect(mentions[0].label).toBe('duurzame werkhervatting');
  });

  it('links terms in the demo interventions and findings, at offsets that point at the words', async () => {
    const interventions = (await api.graphql(`{ interventions(first: 50) { nodes { name summary whatYouDo howYouDoIt effect evidenceRationale ${MENTION_FIELDS} } } }`)).data!.interventions.nodes;
    const findings = (await api.graphql(`{ findings(first: 50) { nodes { title summary population ${MENTION_FIELDS} } } }`)).data!.findings.nodes;
    const records: (Record<string, string> & { termMentions: Mention[] })[] = [...interventions, ...findings];
    const mentions = records.flatMap((record) => record.termMentions.map((mention) => ({ record, mention })));
    expect(interventions.some((intervention: { termMentions: Mention[] }) => intervention.termMentions.length > 0)).toBe(true);
    expect(findings.some((finding: { termMentions: Mention[] }) => finding.termMentions.length > 0)).toBe(true);
    for (const { record, mention } of mentions) expect(record[mention.field].slice(mention.start, mention.end)).toBe(mention.matchedText);
  });

  it('costs the same statements for few and many records (one look at the vocabulary per request)', async () => {
    const statements = async (first: number) => {
      api.countStatements();
      const result = await api.graphql(`query($first: Int!) { interventions(first: $first) { nodes { ${MENTION_FIELDS} } } findings(first: $first) { nodes { ${MENTION_FIELDS} } } }`, { first });
      expect(result.errors).toBeUndefined();
      return api.queries.total;
    };
    expect(await statements(2)).toBe(await statements(18));
  });

  it('follows changes to the vocabulary, and does not link proposals', async () => {
    const { slug, token } = await projectWithSummary('Wijkteams en werkcoaches zoeken samen naar werk dat past.');
    expect((await mentionsOf(slug, token)).map((mention) => mention.termSlug)).toEqual([]);

    const proposed = await api.graphql(CREATE_TERM, { input: { label: 'wijkteam' } }, await api.login(DEMO.researcher));
    expect((await mentionsOf(slug, token)).map((mention) => mention.termSlug)).toEqual([]);

    await api.graphql(UPDATE_TERM, { id: proposed.data!.createTerm.id, input: { status: 'PREFERRED' } }, await api.login(DEMO.admin));
    expect((await mentionsOf(slug, token)).map((mention) => [mention.termSlug, mention.matchedText])).toEqual([['wijkteam', 'Wijkteams']]);
  });
});
