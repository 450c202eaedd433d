import { DEMO_PASSWORD } from '@werkkennis/demo-content';
import { SessionService } from '@werkkennis/identity';
import jwt from 'jsonwebtoken';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt refreshToken refreshExpiresAt user { email } } }';
const REFRESH = 'mutation($refreshToken: String) { refreshSession(refreshToken: $refreshToken) { token refreshToken } }';
const ME = '{ me { email role } }';
const REUSE = 'SESSION_REVOKED_REUSE';
const CREATE_PROJECT = 'mutation { createProject(input: { title: "Cookieproject", summary: "Via de sessiecookie." }) { id } }';

/** A browser-like client: keeps the cookies the server sets and sends them back. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly url: string) {}

  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  get = (name: string) => this.cookies.get(name);

  async post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.header(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return { status: response.status, setCookie: response.headers.getSetCookie(), ...((await response.json()) as { data?: any; errors?: any[] }) };
  }

  /** A mutation as the web app sends it: with the CSRF cookie echoed in the header. */
  mutate = (query: string, variables: Record<string, unknown> = {}) => this.post(query, variables, { 'x-csrf-token': this.get('wk_csrf') ?? '' });
}

describe('sessions: short-lived tokens, refresh, cookies with CSRF protection, sign-out', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
  });
  afterAll(() => api.close());

  const signIn = async (email: string) => (await api.graphql(LOGIN, { email, password: DEMO_PASSWORD })).data!.login;
  /** As if the refreshes so far were a minute ago: a replay now can no longer be two tabs racing. */
  const ageRotations = () => api.dataSource.query(`UPDATE rotated_refresh_token SET rotated_at = rotated_at - interval '1 minute'`);

  it('issues a short-lived access token and a longer refresh token', async () => {
    const session = await signIn(DEMO.practitioner);
    const accessMinutes = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
    const refreshDays = (Date.parse(session.refreshExpiresAt) - Date.now()) / 86_400_000;
    expect(accessMinutes).toBeGreaterThan(5);
    expect(accessMinutes).toBeLessThanOrEqual(10);
    expect(refreshDays).toBeCloseTo(14, 0);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and a readable CSRF cookie on sign-in', async () => {
    const browser = new CookieJar(api.url);
    const result = await browser.post(LOGIN, { email: DEMO.practitioner, password: DEMO_PASSWORD });
    const session = result.setCookie.find((cookie) => cookie.startsWith('wk_session='))!;
    const csrf = result.setCookie.find((cookie) => cookie.startsWith('wk_csrf='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/SameSite=Strict/);
    expect(browser.get('wk_session')).toBe(result.data.login.refreshToken);
  });

  it('reads with the cookie alone, but refuses a cookie-authenticated mutation without the CSRF header', async () => {
    const browser = new CookieJar(api.url);
    await browser.post(LOGIN, { email: DEMO.tilburgEditor, password: DEMO_PASSWORD });
    expect((await browser.post(ME)).data.me).toEqual({ email: DEMO.tilburgEditor, role: 'EDITOR' });

    const before = Number((await api.dataSource.query('SELECT count(*) AS n FROM project'))[0].n);
    for (const header of [{}, { 'x-csrf-token': 'geraden' }] as Record<string, string>[]) {
      const forged = await browser.post(CREATE_PROJECT, {}, header);
      expect(forged.status).toBe(403);
      expect(forged.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(forged.errors![0].message).toMatch(/Laad de pagina opnieuw/);
    }
    expect(Number((await api.dataSource.query('SELECT count(*) AS n FROM project'))[0].n)).toBe(before);

    const genuine = await browser.mutate(CREATE_PROJECT);
    expect(genuine.errors).toBeUndefined();
    expect(genuine.data.createProject.id).toBeTruthy();
  });

  it('needs no CSRF header for bearer tokens, which other sites cannot send', async () => {
    const token = (await signIn(DEMO.tilburgEditor)).token;
    const result = await api.graphql(CREATE_PROJECT, {}, token);
    expect(result.errors).toBeUndefined();
  });

  it('rotates the refresh token: the new one works once, the old one no longer', async () => {
    const first = await signIn(DEMO.researcher);
    const refreshed = await api.graphql(REFRESH, { refreshToken: first.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect((await api.graphql(ME, {}, refreshed.data!.refreshSession.token)).data!.me.email).toBe(DEMO.researcher);

    const replayed = await api.graphql(REFRESH, { refreshToken: first.refreshToken });
    expect(replayed.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(replayed.errors![0].message).toMatch(/Log opnieuw in/);
  });

  it('takes two refreshes with the same token at about the same moment (two tabs) for a race, not a theft: the session goes on', async () => {
    const { refreshToken } = await signIn(DEMO.researcher);
    const results = await Promise.all([api.graphql(REFRESH, { refreshToken }), api.graphql(REFRESH, { refreshToken })]);
    const winner = results.find((result) => result.data?.refreshSession)!.data!.refreshSession;
    const loser = results.find((result) => result.errors)!;
    expect(loser.errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(loser.errors![0].extensions!.reason).toBeUndefined();
    // A third tab, a moment later, with the same token: refused too, and still no theft.
    const late = await api.graphql(REFRESH, { refreshToken });
    expect(late.errors![0].extensions!.reason).toBeUndefined();
    expect((await api.graphql(ME, {}, winner.token)).data!.me.email).toBe(DEMO.researcher);
    expect((await api.graphql(REFRESH, { refreshToken: winner.refreshToken })).errors).toBeUndefined();
  });

  it('ends the whole session when a refresh token that was traded in is used again later', async () => {
    const first = await signIn(DEMO.researcher);
    const second = (await api.graphql(REFRESH, { refreshToken: first.refreshToken })).data!.refreshSession;
    await ageRotations();
    const replayed = await api.graphql(REFRESH, { refreshToken: first.refreshToken });
    expect(replayed.errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: REUSE }));
    expect(replayed.errors![0].message).toMatch(/Log opnieuw in/);
    // Whoever holds the newer tokens (the thief, or the owner) is signed out as well.
    for (const token of [first.token, second.token]) {
      expect((await api.graphql(ME, {}, token)).errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: REUSE }));
    }
    expect((await api.graphql(REFRESH, { refreshToken: second.refreshToken })).errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: REUSE }));
  });

  it('ends the web app session, and says why, when its cookie was traded in elsewhere', async () => {
    const browser = new CookieJar(api.url);
    await browser.post(LOGIN, { email: DEMO.practitioner, password: DEMO_PASSWORD });
    // Someone who copied the cookie trades it for tokens of their own.
    const stolen = (await api.graphql(REFRESH, { refreshToken: browser.get('wk_session') })).data!.refreshSession;
    await ageRotations();
    const next = await browser.post(ME);
    expect(next.errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: REUSE }));
    expect(browser.get('wk_session')).toBeUndefined();
    expect((await api.graphql(ME, {}, stolen.token)).errors![0].extensions).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED', reason: REUSE }));
    expect((await api.graphql(REFRESH, { refreshToken: stolen.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refreshes the web app session through the cookie, with the CSRF header', async () => {
    const browser = new CookieJar(api.url);
    await browser.post(LOGIN, { email: DEMO.researcher, password: DEMO_PASSWORD });
    const cookie = browser.get('wk_session');
    expect((await browser.post(REFRESH)).errors![0].extensions.code).toBe('FORBIDDEN');
    const refreshed = await browser.mutate(REFRESH);
    expect(refreshed.errors).toBeUndefined();
    expect(browser.get('wk_session')).not.toBe(cookie);
    // The HttpOnly cookie's value never reaches a script on the page.
    expect(refreshed.data.refreshSession.refreshToken).toBeNull();
    expect((await browser.post(ME)).data.me.email).toBe(DEMO.researcher);
  });

  it('signs out at once: the access token, the refresh token and the cookie all stop working', async () => {
    const session = await signIn(DEMO.practitioner);
    expect((await api.graphql('mutation { logout }', {}, session.token)).data!.logout).toBe(true);
    expect((await api.graphql(ME, {}, session.token)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(REFRESH, { refreshToken: session.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const browser = new CookieJar(api.url);
    await browser.post(LOGIN, { email: DEMO.practitioner, password: DEMO_PASSWORD });
    const cookies = browser.header();
    const out = await browser.mutate('mutation { logout }');
    expect(out.setCookie.every((cookie) => /Expires=Thu, 01 Jan 1970/.test(cookie))).toBe(true);
    // A copy of the old cookie (a stolen one, say) no longer signs anyone in.
    const stale = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies }, body: JSON.stringify({ query: ME }) });
    expect(((await stale.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a deactivated account, and applies a role change to the next request', async () => {
    const admin = await api.login(DEMO.admin);
    const email = 'tijdelijk@sessies.example';
    const invite = await api.graphql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }', { input: { email, name: 'Tijdelijk', role: 'RESEARCHER' } }, admin);
    const token = /token=([\w-]+)/.exec(invite.data!.inviteUser.url)![1];
    await api.graphql('mutation($t: String!) { setPassword(token: $t, password: "een-lang-wachtwoord") }', { t: token });
    const session = (await api.graphql(LOGIN, { email, password: 'een-lang-wachtwoord' })).data!.login;
    const { id } = (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0];

    await api.graphql('mutation($id: ID!) { changeUserRole(userId: $id, role: PRACTITIONER) { id } }', { id }, admin);
    expect((await api.graphql(ME, {}, session.token)).data!.me.role).toBe('PRACTITIONER');

    await api.graphql('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id }, admin);
    expect((await api.graphql(ME, {}, session.token)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(REFRESH, { refreshToken: session.refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or expired bearer token with a message that says to sign in again', async () => {
    const forged = await api.graphql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieCJ9.bm9wZQ');
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(forged.errors![0].message).toMatch(/Log opnieuw in/);
  });

  it('refuses an expired access token of a live session, and the refresh token then gives a new one', async () => {
    const session = await signIn(DEMO.practitioner);
    const claims = jwt.decode(session.token) as { sub: string; sid: string };
    const expired = jwt.sign({ sub: claims.sub, sid: claims.sid }, api.jwtSecret, { algorithm: 'HS256', expiresIn: -10 });
    expect((await api.graphql(ME, {}, expired)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const renewed = (await api.graphql(REFRESH, { refreshToken: session.refreshToken })).data!.refreshSession;
    expect((await api.graphql(ME, {}, renewed.token)).data!.me.email).toBe(DEMO.practitioner);
  });

  it('treats a stale session cookie as an anonymous reader, not as an error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'wk_session=verlopen; wk_csrf=oud' },
      body: JSON.stringify({ query: '{ projects(first: 1) { nodes { slug } } }' }),
    });
    const result = (await response.json()) as any;
    expect(result.errors).toBeUndefined();
    expect(result.data.projects.nodes).toHaveLength(1);
    // …and clears the cookies, so the web app knows it is signed out.
    expect(response.headers.getSetCookie().filter((cookie) => /^wk_(session|csrf)=;.*Expires=Thu, 01 Jan 1970/.test(cookie))).toHaveLength(2);
  });

  it('keeps a session alive while it is used: its expiry moves forward', async () => {
    const session = await signIn(DEMO.practitioner);
    const { sid } = jwt.decode(session.token) as { sid: string };
    await api.dataSource.query(`UPDATE user_session SET expires_at = now() + interval '1 day' WHERE id = $1`, [sid]);
    await api.graphql(ME, {}, session.token);
    const [{ days }] = await api.dataSource.query('SELECT EXTRACT(EPOCH FROM expires_at - now()) / 86400 AS days FROM user_session WHERE id = $1', [sid]);
    expect(Number(days)).toBeCloseTo(14, 0);
  });

  it('voids open invitation and reset links when an account is deactivated', async () => {
    const admin = await api.login(DEMO.admin);
    const email = 'nog-niet-begonnen@sessies.example';
    const invite = await api.graphql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }', { input: { email, name: 'Nog Niet', role: 'EDITOR' } }, admin);
    const { id } = (await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]))[0];
    await api.graphql('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id }, admin);
    const token = /token=([\w-]+)/.exec(invite.data!.inviteUser.url)![1];
    const accepted = await api.graphql('mutation($t: String!) { setPassword(token: $t, password: "een-lang-wachtwoord") }', { t: token });
    expect(accepted.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.dataSource.query('SELECT active FROM app_user WHERE id = $1', [id]))[0].active).toBe(false);
  });

  it('forgets sessions that ended a month ago and old traded-in tokens, and keeps the rest', async () => {
    const login = async () => (await api.graphql(LOGIN, { email: DEMO.researcher, password: DEMO_PASSWORD })).data!.login;
    const [ended, live] = [await login(), await login()];
    expect((await api.graphql(REFRESH, { refreshToken: live.refreshToken })).errors).toBeUndefined();
    await api.graphql('mutation { logout }', {}, ended.token);
    const sessionOf = (token: string) => (jwt.decode(token) as { sid: string }).sid;
    const count = async (table: string, id: string) =>
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'user_session' ? 'id' : 'session_id'} = $1`, [id]))[0].n;
    const sessions = api.app.get(SessionService);

    await sessions.prune();
    expect([await count('user_session', sessionOf(ended.token)), await count('user_session', sessionOf(live.token)), await count('rotated_refresh_token', sessionOf(live.token))]).toEqual([1, 1, 1]);

    const inAMonth = new Date(Date.now() + 31 * 24 * 3_600_000);
    await api.dataSource.query('UPDATE user_session SET expires_at = $2 WHERE id = $1', [sessionOf(live.token), new Date(inAMonth.getTime() + 3_600_000)]);
    await sessions.prune(inAMonth);
    expect([await count('user_session', sessionOf(ended.token)), await count('user_session', sessionOf(live.token)), await count('rotated_refresh_token', sessionOf(live.token))]).toEqual([0, 1, 0]);
  });

  it('lists accounts for admins only', async () => {
    const query = '{ users(first: 100) { totalCount nodes { email active role organization { name } } } }';
    const listed = await api.graphql(query, {}, await api.login(DEMO.admin));
    expect(listed.data!.users.nodes.map((user: { email: string }) => user.email)).toEqual(expect.arrayContaining(Object.values(DEMO)));
    expect((await api.graphql(query, {}, await api.login(DEMO.tilburgEditor))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.graphql(query)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
