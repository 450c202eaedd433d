import { EditorialState, ProjectStatus } from '@werkkennis/kernel';
import { addLinks, linkedIds, type LinkTable } from '@werkkennis/persistence';
import { PROJECT_INTERVENTIONS, PROJECT_PARTNERS, ProjectEntity } from '@werkkennis/projects';
import { startTestApp, type TestApp } from '../testing/test-app';

const NESTED_LIST = `query($first: Int!) {
  projects(first: $first) {
    nodes {
      id title
      organizations { id name kind }
      leadOrganization { id }
      network { id name }
      interventions { id name projects { id } }
      findings { id title project { id } }
    }
  }
}`;

/** DataLoader batching: the SQL cost of a nested list does not grow with its length. */
describe('SQL statements per nested list', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Without the outbox worker, whose polling would add statements of its own.
    api = await startTestApp({ indexWorker: false });
    // Enough published projects, each linked to interventions and a partner, for a page of 50.
    const [first] = await api.dataSource.getRepository(ProjectEntity).find({ take: 1 });
    const copies = Array.from({ length: 50 }, (_, i) =>
      api.dataSource.getRepository(ProjectEntity).create({
        ...first,
        id: undefined,
        slug: `kopie-${i}`,
        title: `Kopie ${i}`,
        state: EditorialState.PUBLISHED,
        status: ProjectStatus.RUNNING,
        publishedAt: new Date(),
      }),
    );
    await api.dataSource.getRepository(ProjectEntity).save(copies);
    const copyLinks = async (link: LinkTable) => {
      const targets = (await linkedIds(api.dataSource.manager, link, [first.id])).get(first.id) ?? [];
      await addLinks(api.dataSource.manager, link, copies.flatMap((copy) => targets.map((target) => [copy.id, target] as const)));
    };
    await copyLinks(PROJECT_INTERVENTIONS);
    await copyLinks(PROJECT_PARTNERS);
  });
  afterAll(() => api.close());

  async function statementsFor(first: number): Promise<number> {
    api.countStatements();
    const result = await api.graphql(NESTED_LIST, { first });
    expect(result.errors).toBeUndefined();
    expect(result.data!.projects.nodes).toHaveLength(first);
    return api.queries.total;
  }

  it('costs the same number of statements for 5 and for 50 projects', async () => {
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(15);
  });
});
