import { type Action } from '@werkkennis/kernel';
import { contractOperations, projectInput } from './operations';
import { DEMO, type TestApp } from './test-app';

export type MutationCase = {
  action: Action | 'public';
  call: (api: TestApp) => Promise<[string, Record<string, unknown>]>;
  /** Ends the caller's session, so it must not be the shared, cached one. */
  endsSession?: true;
  /** Why this mutation changes no content, so leaves no row in the audit trail. */
  noAudit?: string;
  /** Does its whole write and rolls it back (a preview): no trail, whoever may call it. */
  rolledBack?: true;
  /** Changes what search finds, so must leave an outbox row. */
  searchable?: true;
  /** Who performs the call successfully in the write-path test (default: an admin). */
  writer?: keyof typeof DEMO;
  /** A call that succeeds, where `call` is one the policy examines but that would not change anything. */
  writeCall?: (api: TestApp) => Promise<[string, Record<string, unknown>]>;
};

const operation = contractOperations();

/** A fresh published project of Gemeente Tilburg (the "own" organisation of tilburgEditor). */
async function tilburgProject(api: TestApp): Promise<string> {
  const token = await api.login(DEMO.tilburgEditor);
  const id = (await api.graphql(operation.CreateProject, { input: projectInput() }, token)).data!.createProject.id;
  await api.graphql(operation.PublishProject, { id }, token);
  return id;
}

/** A fresh finding of a fresh published Tilburg project. */
async function tilburgFinding(api: TestApp): Promise<string> {
  const input = { projectId: await tilburgProject(api), title: 'Bevinding', summary: 'Samenvatting.', effectSize: 'OR 1,4' };
  return (await api.graphql(operation.AddFinding, { input }, await api.login(DEMO.tilburgEditor))).data!.addFinding.id;
}

const CREATE_INTERVENTION = 'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id slug } }';
export const ADD_EXPERIENCE = 'mutation($input: AddPracticeExperienceInput!) { addPracticeExperience(input: $input) { id } }';

/** A fresh intervention developed by Gemeente Tilburg (its editor creates it). */
export async function tilburgIntervention(api: TestApp, name = 'Tilburgse aanpak'): Promise<{ id: string; slug: string }> {
  const input = { name, summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' };
  return (await api.graphql(CREATE_INTERVENTION, { input }, await api.login(DEMO.tilburgEditor))).data!.createIntervention;
}

export const experienceInput = (interventionId: string, overrides: Record<string, unknown> = {}) => ({
  interventionId,
  organizationName: 'Gemeente Breda',
  targetGroup: 'Bijstandsgerechtigden',
  whatWorked: 'Vaste contactpersoon.',
  whatDidNotWork: 'Te weinig tijd per klant.',
  wouldUseAgain: 'HANGT_ERAF',
  ...overrides,
});

/** A fresh practice experience, shared by the demo practitioner, with an intervention of Gemeente Tilburg. */
async function tilburgExperience(api: TestApp): Promise<string> {
  const { id } = await tilburgIntervention(api);
  return (await api.graphql(ADD_EXPERIENCE, { input: experienceInput(id) }, await api.login(DEMO.practitioner))).data!.addPracticeExperience.id;
}

let follows = 0;
export const FOLLOW = 'mutation($input: FollowInput!) { follow(input: $input) { id kind label feedUrl } }';
/** A fresh saved search followed by the demo admin (the write-path test's default writer). */
async function adminFollow(api: TestApp): Promise<string> {
  const input = { kind: 'SEARCH', query: `matrixzoekvraag ${(follows += 1)}` };
  return (await api.graphql(FOLLOW, { input }, await api.login(DEMO.admin))).data!.follow.id;
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

export const freshSession = async (api: TestApp, email: string): Promise<string> =>
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

let themes = 0;
/** A fresh theme on the managed list, added by an admin. */
async function freshTheme(api: TestApp): Promise<string> {
  const created = await api.graphql('mutation($name: String!) { createTheme(name: $name) { id } }', { name: `Matrixthema ${(themes += 1)}` }, await api.login(DEMO.admin));
  return created.data!.createTheme.id;
}

let organizations = 0;
const CREATE_ORGANIZATION = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const RECORD_SESSION = 'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id slug } }';

/** A minimal session report organised by Gemeente Tilburg. */
async function sessionInput(api: TestApp) {
  const organiserId = (await api.graphql('{ organization(slug: "gemeente-tilburg") { id } }')).data!.organization.id;
  return { kind: 'STAKEHOLDERBIJEENKOMST', title: `Matrixbijeenkomst ${(terms += 1)}`, heldOn: '2025-05-01', organiserId };
}

/** A fresh session report recorded by the demo researcher. */
async function researcherSession(api: TestApp): Promise<string> {
  return (await api.graphql(RECORD_SESSION, { input: await sessionInput(api) }, await api.login(DEMO.researcher))).data!.recordSession.id;
}

/**
 * One valid call of every mutation in the schema, on a resource of Gemeente Tilburg, naming its
 * policy action. The permission matrix calls each by every role; the write-path test checks the
 * trail and the outbox. A new mutation without a case fails both.
 */
export const MUTATION_CASES: Record<string, MutationCase> = {
  login: { action: 'public', noAudit: 'signing in and out is not a change of content; sessions are kept in their own table', call: async () => [operation.Login, { email: DEMO.practitioner, password: 'werkkennis-demo' }] },
  createProject: { action: 'project.create', searchable: true, writer: 'tilburgEditor', call: async () => [operation.CreateProject, { input: projectInput() }] },
  updateProject: { action: 'project.update', searchable: true, call: async (api) => [operation.UpdateProject, { id: await tilburgProject(api), input: { goal: 'Nieuw doel.' } }] },
  publishProject: {
    action: 'project.publish',
    searchable: true,
    call: async (api) => {
      const id = await tilburgProject(api);
      await api.graphql(operation.ArchiveProject, { id }, await api.login(DEMO.tilburgEditor));
      // Archived projects are invisible to others: publish a published one, which the policy checks first.
      await api.graphql(operation.PublishProject, { id }, await api.login(DEMO.tilburgEditor));
      return [operation.PublishProject, { id }];
    },
    writeCall: async (api) => {
      const draft = await api.graphql(operation.CreateProject, { input: projectInput() }, await api.login(DEMO.tilburgEditor));
      return [operation.PublishProject, { id: draft.data!.createProject.id }];
    },
  },
  archiveProject: { action: 'project.archive', searchable: true, call: async (api) => [operation.ArchiveProject, { id: await tilburgProject(api) }] },
  addFinding: { action: 'finding.add', searchable: true, call: async (api) => [operation.AddFinding, { input: { projectId: await tilburgProject(api), title: 'Bevinding', summary: 'Samenvatting.' } }] },
  correctFinding: {
    action: 'finding.correct',
    searchable: true,
    call: async (api) => [
      'mutation($id: ID!, $input: CorrectFindingInput!) { correctFinding(id: $id, input: $input) { id version } }',
      { id: await tilburgFinding(api), input: { effectSize: 'OR 1,2', reason: 'Rekenfout in de effectgrootte hersteld.' } },
    ],
  },
  withdrawFinding: {
    action: 'finding.withdraw',
    searchable: true,
    call: async (api) => ['mutation($id: ID!, $reason: String!) { withdrawFinding(id: $id, reason: $reason) { id withdrawnAt } }', { id: await tilburgFinding(api), reason: 'De meting bleek onbetrouwbaar.' }],
  },
  createIntervention: {
    action: 'intervention.create',
    searchable: true,
    call: async () => [
      'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
      { input: { name: 'Aanpak', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
    ],
  },
  updateIntervention: {
    action: 'intervention.update',
    searchable: true,
    call: async (api) => {
      const created = await api.graphql(
        'mutation($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }',
        { input: { name: 'Tilburgse aanpak', summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
        await api.login(DEMO.tilburgEditor),
      );
      return ['mutation($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }', { id: created.data!.createIntervention.id, input: { summary: 'Anders.' } }];
    },
  },
  addDefinition: { action: 'definition.add', searchable: true, call: async (api) => [operation.AddDefinition, { input: { termId: (await firstDefinition(api)).id, text: 'Een definitie.', perspective: 'CLIENT' } }] },
  inviteUser: {
    action: 'account.manage',
    call: async () => [INVITE, { input: { email: `matrix-${(invitations += 1)}@matrix.example`, name: 'Nieuw', role: 'EDITOR' } }],
  },
  refreshSession: {
    action: 'public',
    noAudit: 'signing in and out is not a change of content; sessions are kept in their own table',
    call: async (api) => {
      const login = await api.graphql<{ login: { refreshToken: string } }>('mutation { login(email: "professional@werkkennis.example", password: "werkkennis-demo") { refreshToken } }');
      return ['mutation($t: String) { refreshSession(refreshToken: $t) { token } }', { t: login.data!.login.refreshToken }];
    },
  },
  logout: { action: 'public', noAudit: 'signing in and out is not a change of content; sessions are kept in their own table', call: async () => ['mutation { logout }', {}], endsSession: true },
  requestPasswordReset: { action: 'public', noAudit: 'an unknown address changes nothing; a reset link for a real account is audited when it is used', call: async () => ['mutation { requestPasswordReset(email: "niemand@matrix.example") }', {}] },
  setPassword: { action: 'public', noAudit: 'an unknown link is refused; a used link is audited (accounts.spec.ts)', call: async () => ['mutation { setPassword(token: "onbekend", password: "lang-genoeg-wachtwoord") }', {}] },
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
    searchable: true,
    call: async () => ['mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: { label: `matrixbegrip ${(terms += 1)}` } }],
  },
  updateTerm: {
    action: 'term.update',
    searchable: true,
    call: async (api) => ['mutation($id: ID!) { updateTerm(id: $id, input: { scopeNote: "Afbakening." }) { id } }', { id: (await firstDefinition(api)).id }],
  },
  createTermCollection: {
    action: 'termCollection.create',
    call: async () => ['mutation($input: CreateTermCollectionInput!) { createTermCollection(input: $input) { id } }', { input: { label: `Matrixcollectie ${(terms += 1)}` } }],
  },
  updateDefinition: {
    action: 'definition.update',
    searchable: true,
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
  recordSession: { action: 'session.record', call: async (api) => [RECORD_SESSION, { input: await sessionInput(api) }] },
  updateSession: {
    action: 'session.update',
    call: async (api) => ['mutation($id: ID!) { updateSession(id: $id, input: { summary: "Bijgewerkt verslag." }) { id } }', { id: await researcherSession(api) }],
  },
  addPracticeExperience: { action: 'practiceExperience.add', searchable: true, call: async (api) => [ADD_EXPERIENCE, { input: experienceInput((await tilburgIntervention(api)).id) }] },
  respondToPracticeExperience: {
    action: 'practiceExperience.respond',
    searchable: true,
    call: async (api) => ['mutation($id: ID!, $r: String!) { respondToPracticeExperience(id: $id, response: $r) { id } }', { id: await tilburgExperience(api), r: 'Dank, we passen de handleiding aan.' }],
  },
  hidePracticeExperience: {
    action: 'practiceExperience.hide',
    searchable: true,
    call: async (api) => ['mutation($id: ID!, $r: String!) { hidePracticeExperience(id: $id, reason: $r) { id } }', { id: await tilburgExperience(api), r: 'Bevat persoonsgegevens van een cliënt.' }],
  },
  follow: { action: 'follow.change', call: async () => [FOLLOW, { input: { kind: 'SEARCH', query: `matrixzoekvraag ${(follows += 1)}` } }] },
  // Another person's follow is unknown to the caller (NOT_FOUND): the policy is still asked first.
  unfollow: { action: 'follow.change', call: async (api) => ['mutation($id: ID!) { unfollow(id: $id) }', { id: await adminFollow(api) }] },
  markFollowsSeen: { action: 'follow.change', call: async () => ['mutation { markFollowsSeen { lastVisitedAt } }', {}] },
  setWeeklyDigest: { action: 'follow.change', call: async () => ['mutation { setWeeklyDigest(weekly: false) { weeklyDigest } }', {}] },
  importVocabulary: {
    action: 'vocabulary.import',
    searchable: true,
    call: async () => [
      'mutation($turtle: String!) { importVocabulary(turtle: $turtle) { __typename } }',
      { turtle: `<https://matrix.example/begrip/${(terms += 1)}> a <http://www.w3.org/2004/02/skos/core#Concept>; <http://www.w3.org/2004/02/skos/core#prefLabel> "matriximport ${terms}"@nl.` },
    ],
  },
  previewVocabularyImport: {
    action: 'vocabulary.import',
    noAudit: 'a preview runs the import in a transaction that is rolled back: it changes nothing',
    rolledBack: true,
    call: async () => [
      'mutation($file: String!) { previewVocabularyImport(file: $file) { __typename } }',
      { file: `<https://matrix.example/begrip/voorbeeld> a <http://www.w3.org/2004/02/skos/core#Concept>; <http://www.w3.org/2004/02/skos/core#prefLabel> "matrixvoorbeeld"@nl.` },
    ],
  },
  createTheme: { action: 'theme.manage', call: async () => ['mutation($name: String!) { createTheme(name: $name) { id } }', { name: `Matrixthema ${(themes += 1)}` }] },
  renameTheme: {
    action: 'theme.manage',
    searchable: true,
    call: async (api) => ['mutation($id: ID!, $name: String!) { renameTheme(id: $id, name: $name) { id } }', { id: await freshTheme(api), name: `Hernoemd thema ${(themes += 1)}` }],
    // A rename reaches the index through the projects that carry the theme.
    writeCall: async (api) => {
      const id = await freshTheme(api);
      const name = (await api.graphql('query { themes { id name } }')).data!.themes.find((theme: { id: string }) => theme.id === id).name;
      await api.graphql(operation.CreateProject, { input: projectInput({ themes: [name] }) }, await api.login(DEMO.tilburgEditor));
      return ['mutation($id: ID!, $name: String!) { renameTheme(id: $id, name: $name) { id } }', { id, name: `Hernoemd thema ${(themes += 1)}` }];
    },
  },
  retireTheme: { action: 'theme.manage', call: async (api) => ['mutation($id: ID!) { retireTheme(id: $id) { id } }', { id: await freshTheme(api) }] },
  createOrganization: {
    action: 'organization.manage',
    call: async () => [CREATE_ORGANIZATION, { input: { name: `Matrixorganisatie ${(organizations += 1)}`, kind: 'MUNICIPALITY' } }],
  },
  updateOrganization: {
    action: 'organization.manage',
    searchable: true,
    call: async (api) => {
      const tilburg = (await api.graphql('query { organization(slug: "gemeente-tilburg") { id } }')).data!.organization.id;
      return ['mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }', { id: tilburg, input: { region: 'Midden-Brabant' } }];
    },
    // Renaming shows in the search documents of its projects and interventions.
    writeCall: async (api) => {
      const created = await api.graphql(CREATE_ORGANIZATION, { input: { name: `Matrixorganisatie ${(organizations += 1)}`, kind: 'MUNICIPALITY' } }, await api.login(DEMO.admin));
      const id = created.data!.createOrganization.id;
      await api.graphql(operation.CreateProject, { input: projectInput({ organizationId: id }) }, await api.login(DEMO.admin));
      return ['mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }', { id, input: { name: `Hernoemde organisatie ${(organizations += 1)}` } }];
    },
  },
};
