import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type Action, POLICY, Role } from '@werkkennis/kernel';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Who = 'anonymous' | keyof typeof DEMO;
type Case = {
  action: Action | 'public';
  call: (api: TestApp) => Promise<[string, Record<string, unknown>]>;
  /** Ends the caller's session, so it must not be the shared, cached one. */
  endsSession?: true;
};

const ROLE_OF: Record<Exclude<Who, 'anonymous'>, Role> = {
  tilburgEditor: Role.EDITOR,
  amsterdamEditor: Role.EDITOR,
  researcher: Role.RESEARCHER,
  practitioner: Role.PRACTITIONER,
  admin: Role.ADMIN,
};
const EVERYONE: Who[] = ['anonymous', 'practitioner', 'tilburgEditor', 'amsterdamEditor', 'researcher', 'admin'];
const operation = contractOperations();

/** A fresh published project of Gemeente Tilburg (the "own" organisation of tilburgEditor). */
async function tilburgProject(api: TestApp): Promise<string> {
  const token = await api.login(DEMO.tilburgEditor);
  const id = (await api.graphql(operation.CreateProject, { input: projectInput() }, token)).data!.createProject.id;
  await api.graphql(operation.PublishProject, { id }, token);
  return id;
}

let invitations = 0;
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }';

/** A fresh invited (inactive) account, created by an admin, and its id. */
async function invitedUser(api: TestApp): Promise<string> {
  const email = `genodigde-${(invitations += 1)}@matrix.example`;
  await api.graphql(INVITE, { input: { email, name: 'Genodigde', role: 'PRACTITIONER' } }, await api.login(DEMO.admin));
  return (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;
}

/** A fresh invited account that an admin then switched off. */
async function deactivatedUser(api: TestApp): Promise<string> {
  const id = await invitedUser(api);
  await api.graphql('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id }, await api.login(DEMO.admin));
  return id;
}

const freshSession = async (api: TestApp, email: string): Promise<string> =>
  (await api.graphql<{ login: { token: string } }>(operation.Login, { email, password: 'werkkennis-demo' })).data!.login.token;

const firstDefinition = async (api: TestApp) => (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;

let terms = 0;
/** A fresh definition of vakmanschap by the demo researcher, its author. */
async function researcherDefinition(api: TestApp): Promise<string> {
  const input = { termId: (await firstDefinition(api)).id, text: `Definitie ${(terms += 1)} voor de matrix.`, perspective: 'RESEARCH' };
  return (await api.graphql(operation.AddDefinition, { input }, await api.login(DEMO.researcher))).data!.addDefinition.id;
}

/** A fresh annotation by the demo researcher, its author. */
async function researcherAnnotation(api: TestApp): Promise<string> {
  const input = { definitionId: await researcherDefinition(api), motivation: 'COMMENTING', body: 'Opmerking van de onderzoeker.' };
  return (await api.graphql(operation.AnnotateDefinition, { input }, await api.login(DEMO.researcher))).data!.annotateDefinition.id;
}

/** A fresh relation between two new definitions, stated by the demo researcher. */
async function researcherRelation(api: TestApp): Promise<string> {
  const input = { fromDefinitionId: await researcherDefinition(api), toDefinitionId: await researcherDefinition(api), kind: 'SAME_AS', reason: 'Zelfde kern.' };
  const query = 'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }';
  return (await api.graphql(query, { input }, await api.login(DEMO.researcher))).data!.relateDefinitions.id;
}

/**
 * Every mutation in the schema needs a case here, naming its policy action: a new mutation
 * without one fails this test. Each case is called by every role, on a resource of Gemeente
 * Tilburg, and must be refused exactly where the policy table says.
 */
const CASES: Record<string, Case> = {
  login: { action: 'public', call: async () => [operation.Login, { email: DEMO.practitioner, password: 'werkkennis-demo' }] },
  createProject: { action: 'project.create', call: async () => [operation.CreateProject, { input: projectInput() }] },
  updateProject: { action: 'project.update', call: async (api) => [operation.UpdateProject, { id: await tilburgProject(api), input: { goal: 'Nieuw doel.' } }] },
  publishProject: {
    action: 'project.publish',
    call: async (api) => {
      const id = await tilburgProject(api);
      await api.graphql(operation.ArchiveProject, { id }, await api.login(DEMO.tilburgEditor));
      // Archived projects are invisible to others: publish a published one, which the policy checks first.
      await api.graphql(operation.PublishProject, { id }, await api.login(DEMO.tilburgEditor));
      return [operation.PublishProject, { id }];
    },
  },
  archiveProject: { action: 'project.archive', call: async (api) => [operation.ArchiveProject, { id: await tilburgProject(api) }] },
  addFinding: { action: 'finding.add', call: async (api) => [operation.AddFinding, { input: { projectId: await tilburgProject(api), title: 'Bevinding', summary: 'Samenvatting.' } }] },
  createIntervention: {
    action: 'intervention.create',
    call: async () => [
      'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
      { input: { name: 'Aanpak', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
    ],
  },
  updateIntervention: {
    action: 'intervention.update',
    call: async (api) => {
      const created = await api.graphql(
        'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
        { input: { name: 'Tilburgse aanpak', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
        await api.login(DEMO.tilburgEditor),
      );
      return ['mutation($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }', { id: created.data!.createIntervention.id, input: { summary: 'Anders.' } }];
    },
  },
  addDefinition: { action: 'definition.add', call: async (api) => [operation.AddDefinition, { input: { termId: (await firstDefinition(api)).id, text: 'Een definitie.', perspective: 'CLIENT' } }] },
  inviteUser: {
    action: 'account.manage',
    call: async () => [INVITE, { input: { email: `matrix-${(invitations += 1)}@matrix.example`, name: 'Nieuw', role: 'EDITOR' } }],
  },
  refreshSession: {
    action: 'public',
    call: async (api) => {
      const login = await api.graphql<{ login: { refreshToken: string } }>('mutation { login(email: "professional@werkkennis.example", password: "werkkennis-demo") { refreshToken } }');
      return ['mutation($t: String) { refreshSession(refreshToken: $t) { token } }', { t: login.data!.login.refreshToken }];
    },
  },
  logout: { action: 'public', call: async () => ['mutation { logout }', {}], endsSession: true },
  requestPasswordReset: { action: 'public', call: async () => ['mutation { requestPasswordReset(email: "niemand@matrix.example") }', {}] },
  setPassword: { action: 'public', call: async () => ['mutation { setPassword(token: "onbekend", password: "lang-genoeg-wachtwoord") }', {}] },
  changeUserRole: {
    action: 'account.manage',
    call: async (api) => ['mutation($id: ID!) { changeUserRole(userId: $id, role: RESEARCHER) { id } }', { id: await invitedUser(api) }],
  },
  deactivateUser: { action: 'account.manage', call: async (api) => ['mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id: await invitedUser(api) }] },
  reactivateUser: { action: 'account.manage', call: async (api) => ['mutation($id: ID!) { reactivateUser(userId: $id) { id } }', { id: await deactivatedUser(api) }] },
  resendInvitation: { action: 'account.manage', call: async (api) => ['mutation($id: ID!) { resendInvitation(userId: $id) { url } }', { id: await invitedUser(api) }] },
  annotateDefinition: {
    action: 'annotation.add',
    call: async (api) => [operation.AnnotateDefinition, { input: { definitionId: (await firstDefinition(api)).definitions[0].id, motivation: 'COMMENTING', body: 'Opmerking.' } }],
  },
  // Not a mutation of its own: annotating with a motivation beyond commenting and questioning.
  'annotateDefinition (CONTESTING)': {
    action: 'annotation.judge',
    call: async (api) => [operation.AnnotateDefinition, { input: { definitionId: (await firstDefinition(api)).definitions[0].id, motivation: 'CONTESTING', body: 'Betwisting.' } }],
  },
  createTerm: {
    action: 'term.create',
    call: async () => ['mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: { label: `matrixbegrip ${(terms += 1)}` } }],
  },
  updateTerm: {
    action: 'term.update',
    call: async (api) => ['mutation($id: ID!) { updateTerm(id: $id, input: { scopeNote: "Afbakening." }) { id } }', { id: (await firstDefinition(api)).id }],
  },
  createTermCollection: {
    action: 'termCollection.create',
    call: async () => ['mutation($input: CreateTermCollectionInput!) { createTermCollection(input: $input) { id } }', { input: { label: `Matrixcollectie ${(terms += 1)}` } }],
  },
  updateDefinition: {
    action: 'definition.update',
    call: async (api) => ['mutation($id: ID!) { updateDefinition(id: $id, input: { text: "Aangescherpte definitie." }) { id } }', { id: await researcherDefinition(api) }],
  },
  relateDefinitions: {
    action: 'definition.relate',
    call: async (api) => [
      'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { kind } }',
      { input: { fromDefinitionId: await researcherDefinition(api), kind: 'NARROWER', toDefinitionId: await researcherDefinition(api), reason: 'De eerste is smaller.' } },
    ],
  },
  withdrawDefinitionRelation: {
    action: 'definition.withdrawRelation',
    call: async (api) => ['mutation($id: ID!) { withdrawDefinitionRelation(id: $id) }', { id: await researcherRelation(api) }],
  },
  updateAnnotation: {
    action: 'annotation.update',
    call: async (api) => ['mutation($id: ID!) { updateAnnotation(id: $id, input: { body: "Bijgesteld." }) { id } }', { id: await researcherAnnotation(api) }],
  },
  deleteAnnotation: { action: 'annotation.delete', call: async (api) => ['mutation($id: ID!) { deleteAnnotation(id: $id) }', { id: await researcherAnnotation(api) }] },
  importVocabulary: {
    action: 'vocabulary.import',
    call: async () => [
      'mutation($turtle: String!) { importVocabulary(turtle: $turtle) { __typename } }',
      { turtle: `<https://matrix.example/begrip/${(terms += 1)}> a <http://www.w3.org/2004/02/skos/core#Concept>; <http://www.w3.org/2004/02/skos/core#prefLabel> "matriximport ${terms}"@nl.` },
    ],
  },
};

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
