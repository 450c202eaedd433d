import { hashPassword } from '@werkkennis/identity';
import { RateLimitCounter } from '@werkkennis/persistence';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, type GraphQLResponse, startTestApp, type TestApp } from '../testing/test-app';

/** The ceiling per client address for sign-in, refresh and password links in this spec. */
const PER_ADDRESS = 40;
/** The ceiling per client address for the open endpoints outside GraphQL in this spec. */
const OPEN_READS = 6;
const REFRESH = 'mutation($t: String) { refreshSession(refreshToken: $t) { token } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { refreshToken } }';

/** Abuse: guessing passwords, SQL in filters, and the audit trail of who changed what. */
describe('security', () => {
  let api: TestApp;
  const operation = contractOperations();

  beforeAll(async () => {
    api = await startTestApp({ rateLimits: { loginPerMinute: 10, perAddressPerMinute: PER_ADDRESS, writesPerMinute: 1000, openReadsPerMinute: OPEN_READS } });
  });
  afterAll(() => api.close());

  /** Active accounts that sign in with one password (hashed once: argon2 is slow on purpose). */
  const createAccounts = async (emails: string[], password: string) => {
    const passwordHash = await hashPassword(password);
    for (const email of emails) {
      await api.dataSource.query(`INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, $1, $2, 'PRACTITIONER')`, [email, passwordHash]);
    }
  };
  const createAccount = (email: string, password: string) => createAccounts([email], password);

  /** Sign-in attempts whose password was checked (signed in or refused), as /metrics counts them. */
  const passwordChecks = async () => {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    return [...metrics.matchAll(/^werkkennis_sign_in_attempts_total\{result="(?:signed_in|refused)"\} (\d+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
  };
  const answerOf = (result: GraphQLResponse) => ({ message: result.errors?.[0].message, code: result.errors?.[0].extensions?.code });

  it('checks at most 10 passwords of an account a minute, whatever the spelling of its address or the parallelism', async () => {
    await createAccount('raden@doelwit.example', 'het-juiste-wachtwoord');
    const spellings = [
      'raden@doelwit.example',
      '  raden@doelwit.example',
      'raden@doelwit.example  ',
      '\traden@doelwit.example',
      'RADEN@DOELWIT.EXAMPLE',
      'Raden@Doelwit.example\t',
      ' RADEN@doelwit.EXAMPLE\n',
      'ｒａｄｅｎ@doelwit.example',
    ];
    const attackers = ['127.0.0.11', '127.0.0.12', '127.0.0.13'];
    const checksBefore = await passwordChecks();
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => api.graphqlFrom(attackers[i % 3], operation.Login, { email: spellings[i % spellings.length], password: `gok-${i}` })),
    );
    expect(guesses.map((guess) => guess.errors?.[0].extensions?.code)).toEqual(Array(60).fill('UNAUTHENTICATED'));
    const right = await api.graphqlFrom(attackers[0], operation.Login, { email: 'raden@doelwit.example', password: 'het-juiste-wachtwoord' });
    expect(right.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await passwordChecks()) - checksBefore).toBeLessThanOrEqual(10);
  });

  it('answers a throttled account exactly like an unknown address or a wrong password', async () => {
    await createAccount('stil@doelwit.example', 'het-juiste-wachtwoord');
    const attacker = '127.0.0.14';
    const unknown = await api.graphqlFrom(attacker, operation.Login, { email: 'niemand@doelwit.example', password: 'gok' });
    const wrong = await api.graphqlFrom(attacker, operation.Login, { email: 'stil@doelwit.example', password: 'gok' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => api.graphqlFrom(attacker, operation.Login, { email: 'stil@doelwit.example', password: `gok-${i}` })));
    const throttled = await api.graphqlFrom(attacker, operation.Login, { email: 'stil@doelwit.example', password: 'het-juiste-wachtwoord' });
    expect(answerOf(unknown)).toEqual({ message: expect.stringMatching(/klopt niet/), code: 'UNAUTHENTICATED' });
    expect(answerOf(wrong)).toEqual(answerOf(unknown));
    expect(answerOf(throttled)).toEqual(answerOf(unknown));
  });

  it('lets the owner sign in from their own address while a stranger keeps guessing from another', async () => {
    await createAccount('eigenaar@doelwit.example', 'het-juiste-wachtwoord');
    const guess = (password: string) => api.graphqlFrom('127.0.0.15', operation.Login, { email: 'eigenaar@doelwit.example', password });
    for (let i = 0; i < 6; i += 1) await guess(`gok-${i}`);
    await Promise.all(Array.from({ length: 30 }, (_, i) => guess(`nog-een-gok-${i}`)));
    const owner = await api.graphqlFrom('127.0.0.16', operation.Login, { email: 'eigenaar@doelwit.example', password: 'het-juiste-wachtwoord' });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.user.email).toBe('eigenaar@doelwit.example');
  });

  it('answers a flood of sign-in attempts from one address with TOO_MANY_REQUESTS and keeps serving', async () => {
    const codes = new Map<string, number>();
    const checksBefore = await passwordChecks();
    const attempts = Array.from({ length: 1000 }, (_, i) => i);
    for (let start = 0; start < attempts.length; start += 50) {
      const batch = await Promise.all(
        attempts.slice(start, start + 50).map(() => api.graphqlFrom('127.0.0.17', operation.Login, { email: 'gok@aanvaller.example', password: 'raden' })),
      );
      for (const result of batch) {
        const code = String(result.errors?.[0].extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    // Counted atomically in the database, 50 at a time: exactly the address's ceiling gets through.
    expect(codes.get('UNAUTHENTICATED')).toBe(PER_ADDRESS);
    expect(codes.get('TOO_MANY_REQUESTS')).toBe(1000 - PER_ADDRESS);
    expect((await passwordChecks()) - checksBefore).toBeLessThanOrEqual(10);
    expect((await api.graphql('{ terms(first: 1) { nodes { id } } }')).data!.terms.nodes).toHaveLength(1);
  });

  it('keeps the counts in the database, shared by every API process, without the addresses themselves', async () => {
    const rows: { key: string; hits: number }[] = await api.dataSource.query('SELECT key, hits FROM rate_limit_window');
    expect(rows.map((row) => row.hits)).toContain(1000);
    expect(rows.some((row) => /aanvaller|doelwit|127\.0\.0\./.test(row.key))).toBe(false);
    const throttles: { account_hash: string; address_hash: string }[] = await api.dataSource.query('SELECT account_hash, address_hash FROM sign_in_throttle');
    expect(throttles.length).toBeGreaterThan(0);
    expect(throttles.every((row) => /^[0-9a-f]{64}$/.test(row.account_hash) && /^[0-9a-f]{64}$/.test(row.address_hash))).toBe(true);

    const counter = api.app.get(RateLimitCounter);
    // A window long enough that 20 parallel hits land in it even on a busy machine; then wait it out.
    const hits = await Promise.all(Array.from({ length: 20 }, () => counter.hit('proef', 3_000)));
    expect(hits.map((count) => count.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await new Promise((resolve) => setTimeout(resolve, Math.max(...hits.map((count) => count.msLeft)) + 50));
    expect((await counter.hit('proef', 3_000)).hits).toBe(1);
  });

  it('lets twelve colleagues behind one office address refresh their sessions in the same minute, and still stops that address at its ceiling', async () => {
    const office = '127.0.0.18';
    const colleagues = Array.from({ length: 12 }, (_, i) => `collega-${i}@gemeente.example`);
    await createAccounts(colleagues, 'een-lang-wachtwoord');
    const sessions = await Promise.all(colleagues.map((email) => api.graphqlFrom(office, LOGIN, { email, password: 'een-lang-wachtwoord' })));
    expect(sessions.map((session) => session.errors)).toEqual(Array(12).fill(undefined));
    const refreshed = await Promise.all(
      sessions.map((session) => api.graphqlFrom(office, REFRESH, { t: session.data!.login.refreshToken })),
    );
    expect(refreshed.map((result) => result.errors)).toEqual(Array(12).fill(undefined));

    // 24 requests so far; the rest of the ceiling is used up by whatever comes next from there.
    const more = await Promise.all(
      Array.from({ length: PER_ADDRESS - 24 + 5 }, (_, i) => api.graphqlFrom(office, REFRESH, { t: `onzin-${i}` })),
    );
    expect(more.filter((result) => result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS')).toHaveLength(5);
  });

  it('limits password-reset requests per address across e-mail addresses, so nobody can mail-bomb many accounts', async () => {
    const results = await Promise.all(
      Array.from({ length: PER_ADDRESS + 10 }, (_, i) =>
        api.graphqlFrom('127.0.0.19', 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: `slachtoffer-${i}@elders.example` }),
      ),
    );
    const refused = results.filter((result) => result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(10);
  });

  it('limits password-reset requests per e-mail address across client addresses, however it is spelled', async () => {
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        api.graphqlFrom(`127.0.1.${i + 1}`, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: i % 2 ? ' Overstelpt@Elders.example' : 'overstelpt@elders.example' }),
      ),
    );
    const refused = results.filter((result) => result.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(5);
  });

  it('limits the open SPARQL and feed endpoints per address, with a Retry-After, and GraphQL keeps serving', async () => {
    const sparql = `${api.url}/sparql?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o } LIMIT 1')}`;
    const statuses = [];
    for (let i = 0; i < OPEN_READS; i += 1) statuses.push((await fetch(i % 2 ? sparql : `${api.url}/feeds/nieuw.atom`)).status);
    expect(statuses).toEqual(Array(OPEN_READS).fill(200));

    const refused = await fetch(sparql, { headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many attempts/);
    expect((await fetch(`${api.url}/feeds/nieuw.atom`)).status).toBe(429);
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('treats SQL meta-characters in filters as plain values', async () => {
    const before = (await api.dataSource.query('SELECT count(*)::int AS n FROM project'))[0].n;
    for (const value of ["'; DROP TABLE project; --", '" OR 1=1 --', '%', '\\']) {
      const result = await api.graphql('query($themes: [String!]) { projects(first: 5, filter: { themes: $themes }) { nodes { id } } }', { themes: [value] });
      expect(result.errors).toBeUndefined();
      expect(result.data!.projects.nodes).toEqual([]);
    }
    expect((await api.dataSource.query('SELECT count(*)::int AS n FROM project'))[0].n).toBe(before);
  });

  it('keeps an audit trail that the owning organisation and admins can read', async () => {
    const tilburg = await api.login(DEMO.tilburgEditor);
    const id = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Oude titel' }) }, tilburg)).data!.createProject.id;
    await api.graphql(operation.UpdateProject, { id, input: { title: 'Nieuwe titel' } }, tilburg);
    const query = 'query($id: ID!) { auditTrail(subjectId: $id) { action actorId changes } }';
    const trail = await api.graphql(query, { id }, tilburg);
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['project.create', 'project.update']);
    expect(trail.data!.auditTrail[1].changes.title).toEqual({ before: 'Oude titel', after: 'Nieuwe titel' });
    expect((await api.graphql(query, { id }, await api.login(DEMO.admin))).errors).toBeUndefined();
    expect((await api.graphql(query, { id }, await api.login(DEMO.amsterdamEditor))).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(query, { id }, await api.login(DEMO.researcher))).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql(query, { id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the trail of vocabulary work too: definitions, their relations and annotations, even deleted ones', async () => {
    const researcher = await api.login(DEMO.researcher);
    const term = (await api.graphql(operation.Term, { slug: 'vakmanschap' })).data!.term;
    const id = (await api.graphql(operation.AddDefinition, { input: { termId: term.id, text: 'Eerste tekst.', perspective: 'RESEARCH' } }, researcher)).data!.addDefinition.id;
    await api.graphql('mutation($id: ID!) { updateDefinition(id: $id, input: { text: "Tweede tekst." }) { id } }', { id }, researcher);
    await api.graphql(
      'mutation($input: RelateDefinitionsInput!) { relateDefinitions(input: $input) { id } }',
      { input: { fromDefinitionId: id, toDefinitionId: term.definitions[0].id, kind: 'NARROWER', reason: 'Smaller opgevat.' } },
      researcher,
    );
    const annotationId = (
      await api.graphql(operation.AnnotateDefinition, { input: { definitionId: id, motivation: 'QUESTIONING', body: 'Waarom zo?' } }, researcher)
    ).data!.annotateDefinition.id;
    await api.graphql('mutation($id: ID!) { deleteAnnotation(id: $id) }', { id: annotationId }, researcher);

    const query = 'query($id: ID!) { auditTrail(subjectId: $id) { action actorId changes } }';
    const definitionTrail = await api.graphql(query, { id }, researcher);
    expect(definitionTrail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['definition.add', 'definition.update', 'definition.relate']);
    expect(definitionTrail.data!.auditTrail[1].changes.text).toEqual({ before: 'Eerste tekst.', after: 'Tweede tekst.' });
    const annotationTrail = await api.graphql(query, { id: annotationId }, await api.login(DEMO.admin));
    expect(annotationTrail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['annotation.add', 'annotation.delete']);
    expect(annotationTrail.data!.auditTrail[1].changes.body).toEqual({ before: 'Waarom zo?', after: null });
    expect((await api.graphql(query, { id }, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
