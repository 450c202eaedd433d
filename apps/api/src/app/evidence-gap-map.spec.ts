import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const MAP = `{
  evidenceGapMap {
    determinants targetGroups evidenceLadder
    cells { determinant targetGroup interventions bestEvidenceLevel }
  }
}`;
const INTERVENTIONS = '{ interventions(first: 100) { totalCount nodes { id determinants targetGroups evidenceLevel } } }';
const CREATE_INTERVENTION = 'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }';

/** The recognition ladder from low to high, as the kernel and the web's ladder state it. */
const LADDER = ['WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'];

interface Cell {
  determinant: string;
  targetGroup: string;
  interventions: number;
  bestEvidenceLevel: string | null;
}
interface GapMap {
  determinants: string[];
  targetGroups: string[];
  evidenceLadder: string[];
  cells: Cell[];
}
interface Intervention {
  id: string;
  determinants: string[];
  targetGroups: string[];
  evidenceLevel: string;
}

/** The evidence-and-gap map: determinants against target groups, counted and rated per cell. */
describe('evidence gap map', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const gapMap = async () => {
    const result = await api.graphql<{ evidenceGapMap: GapMap }>(MAP);
    expect(result.errors).toBeUndefined();
    return result.data!.evidenceGapMap;
  };
  const interventions = async () => {
    const result = await api.graphql<{ interventions: { totalCount: number; nodes: Intervention[] } }>(INTERVENTIONS);
    expect(result.data!.interventions.nodes).toHaveLength(result.data!.interventions.totalCount);
    return result.data!.interventions.nodes;
  };
  /** The cells as the interventions list says they should be, worked out here from scratch. */
  const expectedCells = (map: GapMap, all: Intervention[]): Cell[] =>
    map.determinants.flatMap((determinant) =>
      map.targetGroups.map((targetGroup) => {
        const inCell = all.filter((intervention) => intervention.determinants.includes(determinant) && intervention.targetGroups.includes(targetGroup));
        const best = Math.max(-1, ...inCell.map((intervention) => LADDER.indexOf(intervention.evidenceLevel)));
        return { determinant, targetGroup, interventions: inCell.length, bestEvidenceLevel: best < 0 ? null : LADDER[best] };
      }),
    );

  it('has every determinant against every target group, and the ladder from low to high', async () => {
    const map = await gapMap();
    expect(map.determinants).toEqual(['MOTIVATION_ATTITUDE', 'SOCIAL_NORM', 'SELF_EFFICACY', 'SKILLS_KNOWLEDGE', 'ENVIRONMENTAL_BARRIERS']);
    expect(map.targetGroups).toHaveLength(11);
    expect(map.evidenceLadder).toEqual(LADDER);
    expect(map.cells).toHaveLength(map.determinants.length * map.targetGroups.length);
  });

  it('counts the interventions of each cell and names the best level among them, with empty cells as gaps', async () => {
    const [map, all] = await Promise.all([gapMap(), interventions()]);
    expect(map.cells).toEqual(expectedCells(map, all));
    // The demo content leaves gaps and fills cells at several levels: the test compares something.
    expect(map.cells.filter((cell) => cell.interventions === 0).length).toBeGreaterThan(0);
    expect(new Set(map.cells.map((cell) => cell.bestEvidenceLevel)).size).toBeGreaterThan(3);
    expect(Math.max(...map.cells.map((cell) => cell.interventions))).toBeGreaterThan(1);
  });

  it('follows a new intervention at once: a gap filled, a best level raised', async () => {
    const before = await gapMap();
    const gap = before.cells.find((cell) => cell.interventions === 0)!;
    const rated = before.cells.find((cell) => cell.interventions > 0 && cell.bestEvidenceLevel !== 'STRONG_INDICATIONS')!;
    const token = await api.login(DEMO.researcher);
    const created = await api.graphql(
      CREATE_INTERVENTION,
      {
        input: {
          name: 'Proef voor de bewijskaart',
          summary: 'Kort.',
          whatYouDo: 'Wat.',
          howYouDoIt: 'Hoe.',
          effect: 'Effect.',
          determinants: [gap.determinant, rated.determinant],
          targetGroups: [gap.targetGroup, rated.targetGroup],
          evidenceLevel: 'STRONG_INDICATIONS',
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();

    const after = await gapMap();
    const cellOf = (map: GapMap, { determinant, targetGroup }: Cell) =>
      map.cells.find((cell) => cell.determinant === determinant && cell.targetGroup === targetGroup);
    expect(cellOf(after, gap)).toEqual({ ...gap, interventions: 1, bestEvidenceLevel: 'STRONG_INDICATIONS' });
    expect(cellOf(after, rated)).toEqual({ ...rated, interventions: rated.interventions + 1, bestEvidenceLevel: 'STRONG_INDICATIONS' });
    expect(after.cells).toEqual(expectedCells(after, await interventions()));
  });

  it('is public, and costs one SQL statement', async () => {
    api.countStatements();
    const result = await api.graphql(MAP);
    expect(result.errors).toBeUndefined();
    expect(api.queries.total).toBe(1);
  });
});
