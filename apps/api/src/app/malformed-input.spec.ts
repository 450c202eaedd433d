import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { DEMO_PASSWORD } from '@werkkennis/demo-content';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, startTestApp, type GraphQLResponse, type TestApp } from '../testing/test-app';

/** Codes that blame the request; a malformed request must never be answered as the server's fault. */
const REFUSALS = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS'];
const MALFORMED_IDS: Record<string, string> = { 'not-a-uuid': 'not-a-uuid', 'a path': '../x', '5,000 characters': 'a'.repeat(5_000) };
const MALFORMED_TEXT: Record<string, string> = { 'a NUL byte': 'voor\u0000na', 'a lone surrogate': 'voor\uD800na' };

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

/** The table whose rows an id names, by the argument or input field that holds it. */
const ID_TABLES: Record<string, string> = {
  projectId: 'project',
  termId: 'term',
  definitionId: 'definition',
  fromDefinitionId: 'definition',
  toDefinitionId: 'definition',
  replyToId: 'annotation',
  organizationId: 'organization',
  organizationIds: 'organization',
  developerOrganizationIds: 'organization',
  partnerOrganizationIds: 'organization',
  interventionIds: 'intervention',
  networkId: 'learning_network',
  userId: 'app_user',
  subjectId: 'project',
};
/** For an `id` argument: the table of the operation's subject. */
const SUBJECT_TABLES: Record<string, string> = {
  finding: 'finding',
  archiveProject: 'project',
  publishProject: 'project',
  updateProject: 'project',
  updateIntervention: 'intervention',
  updateTerm: 'term',
  updateDefinition: 'definition',
  withdrawDefinitionRelation: 'definition_relation',
  updateAnnotation: 'annotation',
  deleteAnnotation: 'annotation',
};
/** Text that passes the field's own validation, so the malformed value is what is examined. */
const PLAUSIBLE_TEXT: [RegExp, string][] = [
  [/email/i, 'iemand@voorbeeld.example'],
  [/password/i, 'een-lang-wachtwoord-voor-de-proef'],
  [/url|website|uri|link/i, 'https://voorbeeld.example/bron'],
  [/date/i, '2026-01-01'],
  [/slug/i, 'vakmanschap'],
  [/turtle/i, '@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <https://voorbeeld.example/proef> a skos:Concept ; skos:prefLabel "proef"@nl .'],
];

/** One string-typed place in a field's arguments: the argument, then input fields down to it. */
interface Target {
  path: string[];
  kind: 'id' | 'text';
}

function targetsOf(type: GraphQLInputType, path: string[], seen: string[] = []): Target[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [{ path, kind: 'id' }];
  if (named.name === 'String') return [{ path, kind: 'text' }];
  if (!isInputObjectType(named) || seen.includes(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) => targetsOf(field.type, [...path, field.name], [...seen, named.name]));
}

// One app for the whole file: its metrics registry can exist once per process.
let api: TestApp;
beforeAll(async () => {
  api = await startTestApp({ indexWorker: false });
});
afterAll(() => api.close());

describe('malformed input is refused at the edge, never as a server error', () => {
  let admin: string;
  const realIds = new Map<string, string>();

  beforeAll(async () => {
    admin = await api.login(DEMO.admin);
    for (const table of new Set([...Object.values(ID_TABLES), ...Object.values(SUBJECT_TABLES)])) {
      // Not the admin's own account: a call that got through must not lock the caller out.
      const [row] = await api.dataSource.query(`SELECT id FROM ${table} ${table === 'app_user' ? "WHERE role <> 'ADMIN'" : ''} LIMIT 1`);
      if (row) realIds.set(table, row.id);
    }
  });

  const plausibleId = (name: string, field: string) =>
    realIds.get(name === 'id' ? SUBJECT_TABLES[field] : ID_TABLES[name]) ?? '00000000-0000-4000-8000-000000000000';
  const plausibleText = (name: string) => PLAUSIBLE_TEXT.find(([pattern]) => pattern.test(name))?.[1] ?? 'Een gewone zin.';

  /** A value of this type with every required field filled in, and `malformed` at the end of `path`. */
  function build(type: GraphQLInputType, name: string, field: string, path: string[] | null, malformed: string): unknown {
    if (isNonNullType(type)) return build(type.ofType, name, field, path, malformed);
    if (isListType(type)) return [build(type.ofType, name, field, path, malformed)];
    if (path?.length === 0) return malformed;
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const inner of Object.values(type.getFields())) {
        const onPath = path?.[0] === inner.name;
        if (onPath || (isNonNullType(inner.type) && inner.defaultValue === undefined)) {
          value[inner.name] = build(inner.type, inner.name, field, onPath ? path!.slice(1) : null, malformed);
        }
      }
      return value;
    }
    switch (type.name) {
      case 'ID':
        return plausibleId(name, field);
      case 'String':
        return plausibleText(name);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      default:
        return new Date().toISOString();
    }
  }

  /** Calls the field with `malformed` at the target and everything else plausible. */
  function call(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, target: Target, malformed: string) {
    const args = field.args.filter((arg) => arg.name === target.path[0] || (isNonNullType(arg.type) && arg.defaultValue === undefined));
    const variables = Object.fromEntries(
      args.map((arg) => [arg.name, build(arg.type, arg.name, field.name, arg.name === target.path[0] ? target.path.slice(1) : null, malformed)]),
    );
    const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
    const query = `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
    return api.graphql(query, variables, admin);
  }

  /** What the edge answers: a malformed id argument names nothing; anything else is invalid input for that field. */
  const expectedCode = (target: Target) => (target.kind === 'id' && target.path.length === 1 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
  /** The field as the input validation names it (inside an input object, or the argument), without list positions. */
  const fieldName = (target: Target) => (target.path.length === 1 ? target.path[0] : target.path.slice(1).join('.'));

  const rootFields = (['query', 'mutation'] as const).flatMap((operation) =>
    Object.values((operation === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields())
      .map((field) => ({ operation, field, targets: field.args.flatMap((arg) => targetsOf(arg.type, [arg.name])) }))
      .filter(({ targets }) => targets.length > 0),
  );

  it('walks every mutation with an id or text argument', () => {
    const mutations = rootFields.filter(({ operation }) => operation === 'mutation').map(({ field }) => field.name);
    expect(mutations).toEqual(expect.arrayContaining(['updateIntervention', 'createProject', 'login', 'importVocabulary', 'annotateDefinition']));
    expect(mutations.length).toBeGreaterThan(25);
  });

  it.each(rootFields.map((root) => [`${root.operation} ${root.field.name}`, root] as const))(
    '%s refuses malformed ids and text with a 4xx-class code',
    async (_, { operation, field, targets }) => {
      const wrong: string[] = [];
      for (const target of targets) {
        const values = target.kind === 'id' ? { ...MALFORMED_IDS, ...MALFORMED_TEXT } : MALFORMED_TEXT;
        for (const [label, malformed] of Object.entries(values)) {
          const result: GraphQLResponse = await call(operation, field, target, malformed);
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          const named = Object.keys(result.errors?.[0]?.extensions?.fields ?? {}).map((name) => name.replace(/\.\d+/g, ''));
          const refusedAtEdge =
            result.status < 500 &&
            codes.length > 0 &&
            codes.every((code) => REFUSALS.includes(code!)) &&
            codes[0] === expectedCode(target) &&
            (codes[0] === 'NOT_FOUND' || named.includes(fieldName(target)));
          if (!refusedAtEdge) wrong.push(`${target.path.join('.')} with ${label}: HTTP ${result.status}, ${codes.join(', ') || 'no error'} ${named.join(', ')}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('names the field and says what to do, in Dutch', async () => {
    const result = await api.graphql('query($slug: String!) { term(slug: $slug) { id } }', { slug: 'vak\u0000manschap' });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slug: [expect.stringMatching(/nul-teken/)] } });
    expect(result.errors![0].message).toMatch(/slug.*Haal/);
  });

  it('checks values written in the document and in fragments too, not only variables', async () => {
    const inline = await api.graphql('mutation { updateIntervention(id: "../x", input: { name: "Ander" }) { id } }', {}, admin);
    expect(inline.status).toBeLessThan(500);
    expect(inline.errors![0].extensions!.code).toBe('NOT_FOUND');
    const inFragment = await api.graphql('query { ...Lookup } fragment Lookup on Query { term(slug: "vak\\u0000manschap") { id } }');
    expect(inFragment.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { slug: [expect.stringMatching(/nul-teken/)] } });
  });

  it('answers an operation name the document does not have with 400, as a GET too', async () => {
    const posted = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', operationName: 'Elders' }) });
    expect(posted.status).toBe(400);
    expect(((await posted.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Unknown operation named "Elders"/);
    const asGet = await fetch(`${api.url}/graphql?operationName=Elders&query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(asGet.status).toBe(400);
  });
});

describe('tokens and CSRF codes that cannot be trusted', () => {
  let token: string;
  const ME = '{ me { email } }';

  beforeAll(async () => {
    token = await api.login(DEMO.practitioner);
  });

  const claims = () => jwt.decode(token) as { sub: string; sid: string };

  it.each([
    ['a malformed token', () => 'dit-is-geen-token'],
    ['an empty JWT (three empty parts)', () => '..'],
    ['an expired token', () => jwt.sign({ sub: claims().sub, sid: claims().sid }, api.jwtSecret, { algorithm: 'HS256', expiresIn: -10 })],
    ['a token with a tampered signature', () => `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(43)}`],
    ['a token with tampered claims', () => {
      const [header, , signature] = token.split('.');
      const claimsOfAnother = Buffer.from(JSON.stringify({ ...claims(), sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      return `${header}.${claimsOfAnother}.${signature}`;
    }],
    ['a token signed with another secret', () => jwt.sign({ sub: claims().sub, sid: claims().sid }, 'een-ander-geheim-dat-lang-genoeg-is-om-te-tekenen', { algorithm: 'HS256' })],
    ['an unsigned token (alg none)', () => jwt.sign({ sub: claims().sub, sid: claims().sid }, '', { algorithm: 'none' })],
  ])('answers %s with 401 UNAUTHENTICATED and "Log opnieuw in"', async (_, make) => {
    const result = await api.graphql(ME, {}, make());
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.errors![0].message).toMatch(/Log opnieuw in/);
  });

  it('answers another authorization scheme with 401 and how to send the token', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
      body: JSON.stringify({ query: ME }),
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.errors![0].message).toMatch(/Bearer/);
  });

  it('refuses a mutation whose X-CSRF-Token has characters outside ASCII with 403 FORBIDDEN', async () => {
    const login = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email: DEMO.practitioner, password: DEMO_PASSWORD } }),
    });
    const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    const csrf = cookies.find((cookie) => cookie.startsWith('wk_csrf='))!.slice('wk_csrf='.length);
    // As long as the real code in characters, but longer in bytes: é is two bytes in UTF-8.
    const forged = `é${csrf.slice(1)}`;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': forged },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(403);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
