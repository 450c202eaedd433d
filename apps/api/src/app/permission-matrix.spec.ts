import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type Action, POLICY, Role } from '@werkkennis/kernel';
import { freshSession, MUTATION_CASES as CASES } from '../testing/mutation-cases';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Who = 'anonymous' | keyof typeof DEMO;

const ROLE_OF: Record<Exclude<Who, 'anonymous'>, Role> = {
  tilburgEditor: Role.EDITOR,
  amsterdamEditor: Role.EDITOR,
  researcher: Role.RESEARCHER,
  practitioner: Role.PRACTITIONER,
  admin: Role.ADMIN,
};
const EVERYONE: Who[] = ['anonymous', 'practitioner', 'tilburgEditor', 'amsterdamEditor', 'researcher', 'admin'];

function expected(action: Action | 'public', who: Who): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (action === 'public') return 'allowed';
  if (who === 'anonymous') return 'UNAUTHENTICATED';
  const rule = POLICY[action];
  if (!rule.roles.includes(ROLE_OF[who])) return 'FORBIDDEN';
  // Every resource here belongs to Gemeente Tilburg; only its editor and admins own it.
  if (rule.ownOrganizationOnly && who !== 'tilburgEditor' && who !== 'admin') return 'FORBIDDEN';
  // Personal work (definitions, relations, annotations) is the demo researcher's; no one else here is her colleague.
  if (rule.personalWork && who !== 'researcher' && who !== 'admin') return 'FORBIDDEN';
  return 'allowed';
}

describe('permission matrix: every mutation × every role × own and other organisation', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  it('has a policy case for every mutation in the schema', () => {
    const mutations = Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !CASES[name])).toEqual([]);
  });

  const matrix = Object.entries(CASES).flatMap(([mutation, { action }]) => EVERYONE.map((who) => [mutation, who, expected(action, who)] as const));

  it.each(matrix)('%s by %s: %s', async (mutation, who, outcome) => {
    const [query, variables] = await CASES[mutation].call(api);
    const token = who === 'anonymous' ? undefined : CASES[mutation].endsSession ? await freshSession(api, DEMO[who]) : await api.login(DEMO[who]);
    const result = await api.graphql(query, variables, token);
    const code = result.errors?.[0].extensions?.code;
    if (outcome === 'allowed') expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
    else expect(code).toBe(outcome);
  });
});
