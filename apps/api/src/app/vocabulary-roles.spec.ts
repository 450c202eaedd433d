import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Who = 'anonymous' | 'practitioner' | 'tilburgEditor' | 'researcher';

const ANY_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every vocabulary mutation added with the SKOS work, called by each role that may not use it:
 * refused before anything is looked up, with UNAUTHENTICATED for anonymous callers and
 * FORBIDDEN for the rest. The rule lives in the policy table; the services ask it.
 */
const CASES: Record<string, { refused: Who[]; request: [string, Record<string, unknown>] }> = {
  createTerm: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor'],
    request: ['mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', { input: { label: 'weigerbegrip' } }],
  },
  updateTerm: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor'],
    request: ['mutation($id: ID!) { updateTerm(id: $id, input: { scopeNote: "x" }) { id } }', { id: ANY_ID }],
  },
  createTermCollection: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor', 'researcher'],
    request: ['mutation { createTermCollection(input: { label: "Weigercollectie" }) { id } }', {}],
  },
  updateDefinition: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor'],
    request: ['mutation($id: ID!) { updateDefinition(id: $id, input: { text: "x" }) { id } }', { id: ANY_ID }],
  },
  relateDefinitions: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor'],
    request: [
      'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }',
      { input: { fromDefinitionId: ANY_ID, kind: 'SAME_AS', toDefinitionId: '00000000-0000-4000-8000-000000000001', reason: 'x' } },
    ],
  },
  updateAnnotation: {
    // Practitioners annotate too: they pass the role check and change only their own (vocabulary-annotations.spec.ts).
    refused: ['anonymous', 'tilburgEditor'],
    request: ['mutation($id: ID!) { updateAnnotation(id: $id, input: { body: "x" }) { id } }', { id: ANY_ID }],
  },
  deleteAnnotation: {
    refused: ['anonymous', 'tilburgEditor'],
    request: ['mutation($id: ID!) { deleteAnnotation(id: $id) }', { id: ANY_ID }],
  },
  importVocabulary: {
    refused: ['anonymous', 'practitioner', 'tilburgEditor', 'researcher'],
    request: ['mutation($turtle: String!) { importVocabulary(turtle: $turtle) { unchanged } }', { turtle: '<https://elders.example/x> a <http://www.w3.org/2004/02/skos/core#Concept>.' }],
  },
};

describe('vocabulary: role refusals for every new mutation', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const cases = Object.entries(CASES).flatMap(([mutation, { refused }]) =>
    refused.map((who) => [mutation, who, who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'] as const),
  );

  it.each(cases)('%s by %s: %s', async (mutation, who, code) => {
    const [query, variables] = CASES[mutation].request;
    const result = await api.graphql(query, variables, who === 'anonymous' ? undefined : await api.login(DEMO[who]));
    expect(result.errors![0].extensions!.code).toBe(code);
    expect(result.errors![0].message).toMatch(code === 'FORBIDDEN' ? /Uw rol .* mag dit niet/ : /Log eerst in/);
  });
});
