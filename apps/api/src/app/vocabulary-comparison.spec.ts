import { encodeCursor } from '@werkkennis/kernel';
import { startTestApp, type TestApp } from '../testing/test-app';

const COMPARISON = `query($slug: String!) {
  termComparison(slug: $slug) {
    divergence
    term { slug divergence }
    sharedElements { word stem perspectives definitionIds }
    definitions { perspective definition { id } distinctiveElements { word stem } sharedElements { word stem } }
  }
}`;
const RANKING = `query($first: Int!) {
  mostContestedTerms(first: $first) { slug divergence convergence { state } definitions { id } }
}`;

type Element = { word: string; stem: string };
type Compared = { perspective: string; definition: { id: string }; distinctiveElements: Element[]; sharedElements: Element[] };

/** Definitions side by side: what perspectives share, what only one says, and how far they diverge. */
describe('vocabulary: comparison', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const compare = async (slug: string) => {
    const result = await api.graphql(COMPARISON, { slug });
    expect(result.errors).toBeUndefined();
    return result.data!.termComparison;
  };

  it('finds the elements several perspectives share in the demo definitions of vakmanschap', async () => {
    const comparison = await compare('vakmanschap');
    const shared = new Map<string, string[]>(comparison.sharedElements.map((element: Element & { perspectives: string[] }) => [element.word, element.perspectives]));
    expect(shared.get('professional')).toEqual(expect.arrayContaining(['RESEARCH', 'MINISTRY']));
    expect(shared.get('vakkundige')).toEqual(expect.arrayContaining(['RESEARCH', 'MINISTRY', 'CLIENT']));
    for (const perspectives of shared.values()) expect(new Set(perspectives).size).toBeGreaterThanOrEqual(2);
    // The term itself is in every definition and says nothing about the differences.
    expect([...shared.keys()]).not.toContain('vakmanschap');
  });

  it('lists per definition what only its perspective says', async () => {
    const { definitions } = await compare('vakmanschap');
    const distinctive = (perspective: string) => definitions.find((d: Compared) => d.perspective === perspective).distinctiveElements.map((e: Element) => e.word);
    expect(distinctive('RESEARCH')).toEqual(expect.arrayContaining(['reflectie', 'determinanten', 'praktijkervaring']));
    expect(distinctive('MUNICIPALITY')).toEqual(expect.arrayContaining(['klantmanager', 'inwoner', 'standaardroutes']));
    expect(distinctive('CLIENT')).toEqual(expect.arrayContaining(['luistert', 'afspraken']));
    expect(distinctive('MINISTRY')).toEqual(expect.arrayContaining(['rechtmatig', 'verantwoording']));
    // Distinctive means: no other perspective uses the stem, distinctive or shared.
    for (const definition of definitions as Compared[]) {
      const elsewhere = new Set(
        definitions.filter((other: Compared) => other.perspective !== definition.perspective).flatMap((other: Compared) => [...other.distinctiveElements, ...other.sharedElements].map((e) => e.stem)),
      );
      expect(definition.distinctiveElements.filter((element) => elsewhere.has(element.stem))).toEqual([]);
      for (const element of definition.sharedElements) expect(elsewhere.has(element.stem)).toBe(true);
    }
  });

  it('gives a divergence figure between 0 and 1, the same on the term as in the comparison', async () => {
    const comparison = await compare('maatwerk');
    expect(comparison.divergence).toBeGreaterThan(0);
    expect(comparison.divergence).toBeLessThanOrEqual(1);
    expect(comparison.term.divergence).toBe(comparison.divergence);
  });

  it('tells the demo terms apart: their divergences spread over at least 0.4 of the scale', async () => {
    const ranking: { divergence: number }[] = (await api.graphql(RANKING, { first: 100 })).data!.mostContestedTerms;
    const divergences = ranking.map((term) => term.divergence);
    expect(Math.max(...divergences) - Math.min(...divergences)).toBeGreaterThanOrEqual(0.4);
  });

  it('lists the most contested terms first, at a constant number of statements', async () => {
    api.countStatements();
    const few = await api.graphql(RANKING, { first: 3 });
    const statementsForFew = api.queries.total;
    api.countStatements();
    const all = await api.graphql(RANKING, { first: 100 });
    expect(api.queries.total).toBe(statementsForFew);
    expect(few.errors).toBeUndefined();

    const ranking: { slug: string; divergence: number; convergence: { state: string } }[] = all.data!.mostContestedTerms;
    expect(ranking.map((term) => term.slug)).toContain('vakmanschap');
    expect(ranking.map((term) => term.divergence)).toEqual([...ranking.map((term) => term.divergence)].sort((a, b) => b - a));
    expect(few.data!.mostContestedTerms.map((term: { slug: string }) => term.slug)).toEqual(ranking.slice(0, 3).map((term) => term.slug));
    // In the demo, maatwerk's perspectives diverge further than participatie's.
    const position = (slug: string) => ranking.findIndex((term) => term.slug === slug);
    expect(position('maatwerk')).toBeLessThan(position('participatie'));
  });

  it('pages through every term the most contested first, those without a comparison last', async () => {
    const PAGE = `query($after: String) {
      terms(first: 5, after: $after, orderBy: MOST_CONTESTED) { nodes { slug label divergence } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const seen: { slug: string; label: string; divergence: number | null }[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: { data?: { terms: any }; errors?: unknown } = await api.graphql(PAGE, { after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.terms.nodes);
      totalCount = page.data!.terms.totalCount;
      after = page.data!.terms.pageInfo.hasNextPage ? page.data!.terms.pageInfo.endCursor : null;
    } while (after);

    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen.map((term) => term.slug)).size).toBe(totalCount);
    const compared = seen.filter((term) => term.divergence !== null);
    expect(seen.slice(compared.length).every((term) => term.divergence === null)).toBe(true);
    expect(compared.map((term) => term.divergence)).toEqual([...compared.map((term) => term.divergence)].sort((a, b) => b! - a!));
    const ranking = (await api.graphql(RANKING, { first: 100 })).data!.mostContestedTerms.map((term: { slug: string }) => term.slug);
    expect(compared.map((term) => term.slug)).toEqual(ranking);

    const alphabetical = (await api.graphql('{ terms(first: 100) { nodes { label } } }')).data!.terms.nodes.map((term: { label: string }) => term.label);
    expect(alphabetical).toHaveLength(totalCount);
    // A cursor whose term is gone resumes after its divergence.
    const gone = encodeCursor({ value: 0.95, id: '00000000-0000-4000-8000-000000000000' });
    const resumed = (await api.graphql(PAGE, { after: gone })).data!.terms.nodes;
    expect(resumed[0].divergence).toBeLessThan(0.95);
    expect(resumed[0].slug).toBe(compared.find((term) => term.divergence! < 0.95)!.slug);
    const broken = await api.graphql('{ terms(first: 5, after: "geen-cursor", orderBy: MOST_CONTESTED) { totalCount } }');
    expect(broken.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an impossible page size', async () => {
    const result = await api.graphql(RANKING, { first: 0 });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
