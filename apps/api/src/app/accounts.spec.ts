import { MAILER, type Mailer } from '@werkkennis/identity';
import { contractOperations } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Invitations, password resets, role changes and deactivation, with the links as mailed. */
describe('accounts', () => {
  let api: TestApp;
  let mailed: string[];
  const operation = contractOperations();
  const tokenIn = (text: string) => /token=([A-Za-z0-9_-]+)/.exec(text)![1];
  const setPassword = (token: string, password: string) =>
    api.graphql('mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }', { t: token, p: password });

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false });
    const mailer = api.app.get<Mailer>(MAILER);
    mailed = [];
    jest.spyOn(mailer, 'send').mockImplementation(async (_to, _subject, text) => {
      mailed.push(text);
    });
  });
  afterAll(() => api.close());

  it('invites a user who chooses a password once and then signs in', async () => {
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url expiresAt } }',
      { input: { email: 'nieuwe.collega@zwolle.example', name: 'Nieuwe Collega', role: 'EDITOR' } },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser.url).toMatch(/^http:\/\/werkkennis\.test\/uitnodiging\?token=/);
    expect(mailed.at(-1)).toContain(invited.data!.inviteUser.url);

    const before = await api.graphql(operation.Login, { email: 'nieuwe.collega@zwolle.example', password: '!' });
    expect(before.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const token = tokenIn(invited.data!.inviteUser.url);
    expect((await setPassword(token, 'kort')).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await setPassword(token, 'een-goed-lang-wachtwoord')).data!.setPassword).toBe(true);
    expect((await setPassword(token, 'nog-een-lang-wachtwoord')).errors![0].message).toMatch(/verlopen of al gebruikt/);
    const login = await api.graphql(operation.Login, { email: 'nieuwe.collega@zwolle.example', password: 'een-goed-lang-wachtwoord' });
    expect(login.data!.login.user.role).toBe('EDITOR');
  });

  it('treats every spelling of an e-mail address as one account: invitation, duplicate check and sign-in', async () => {
    const admin = await api.login(DEMO.admin);
    const invite = (email: string) =>
      api.graphql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }', { input: { email, name: 'Spelling', role: 'EDITOR' } }, admin);
    const invited = await invite('Spelling.Test@Zwolle.example');
    expect(invited.errors).toBeUndefined();
    expect((await invite('spelling.test@ZWOLLE.example')).errors![0].message).toMatch(/al een account met spelling\.test@zwolle\.example/);
    await setPassword(tokenIn(invited.data!.inviteUser.url), 'een-goed-lang-wachtwoord');
    for (const spelling of ['  SPELLING.test@zwolle.example\t', 'ｓｐｅｌｌｉｎｇ.test@zwolle.example']) {
      const login = await api.graphql(operation.Login, { email: spelling, password: 'een-goed-lang-wachtwoord' });
      expect(login.data?.login.user.email).toBe('spelling.test@zwolle.example');
    }
  });

  it('resets a password through a mailed link, and answers the same for unknown addresses', async () => {
    mailed.length = 0;
    const unknown = await api.graphql('mutation { requestPasswordReset(email: "niemand@nergens.example") }');
    expect(unknown.data!.requestPasswordReset).toBe(true);
    expect(mailed).toHaveLength(0);
    // Asked with another spelling of the same address; the mail goes out just after the answer.
    await api.graphql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: ` ${DEMO.researcher.toUpperCase()}\t` });
    for (let waited = 0; !mailed.length && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mailed).toHaveLength(1);
    await setPassword(tokenIn(mailed[0]), 'hersteld-wachtwoord-123');
    const login = await api.graphql(operation.Login, { email: DEMO.researcher, password: 'hersteld-wachtwoord-123' });
    expect(login.errors).toBeUndefined();
  });

  it('lets an admin change a role and deactivate an account, which then cannot sign in', async () => {
    const admin = await api.login(DEMO.admin);
    const [{ id }] = await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [DEMO.amsterdamEditor]);
    const changed = await api.graphql('mutation($id: ID!) { changeUserRole(userId: $id, role: RESEARCHER) { role } }', { id }, admin);
    expect(changed.data!.changeUserRole.role).toBe('RESEARCHER');
    await api.graphql('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id }, admin);
    const login = await api.graphql(operation.Login, { email: DEMO.amsterdamEditor, password: 'werkkennis-demo' });
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const [{ id: adminId }] = await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [DEMO.admin]);
    const self = await api.graphql('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id: adminId }, admin);
    expect(self.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  const STATUS = 'mutation($id: ID!) { %s(userId: $id) { status active } }';
  const statusOf = async (email: string) =>
    (await api.graphql('{ users(first: 100) { nodes { email status } } }', {}, await api.login(DEMO.admin))).data!.users.nodes.find(
      (user: { email: string }) => user.email === email,
    ).status;

  it('tells invited, active and deactivated accounts apart, and switches a deactivated one back on with its old password', async () => {
    const admin = await api.login(DEMO.admin);
    const [{ id }] = await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [DEMO.practitioner]);
    expect(await statusOf(DEMO.practitioner)).toBe('ACTIVE');
    expect((await api.graphql(STATUS.replace('%s', 'deactivateUser'), { id }, admin)).data!.deactivateUser).toEqual({ status: 'DEACTIVATED', active: false });
    expect((await api.graphql(STATUS.replace('%s', 'deactivateUser'), { id }, admin)).errors![0].message).toMatch(/staat al uit/);

    expect((await api.graphql(STATUS.replace('%s', 'reactivateUser'), { id }, admin)).data!.reactivateUser).toEqual({ status: 'ACTIVE', active: true });
    expect((await api.graphql(operation.Login, { email: DEMO.practitioner, password: 'werkkennis-demo' })).errors).toBeUndefined();
    const again = await api.graphql(STATUS.replace('%s', 'reactivateUser'), { id }, admin);
    expect(again.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/staat niet uit/);
  });

  it('resends an open invitation with a new link, after which the old link no longer works', async () => {
    const admin = await api.login(DEMO.admin);
    const email = 'later.collega@zwolle.example';
    const first = await api.graphql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }', { input: { email, name: 'Later', role: 'PRACTITIONER' } }, admin);
    expect(await statusOf(email)).toBe('INVITED');
    const [{ id }] = await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);

    mailed.length = 0;
    const resent = await api.graphql('mutation($id: ID!) { resendInvitation(userId: $id) { url expiresAt } }', { id }, admin);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.resendInvitation.url).not.toBe(first.data!.inviteUser.url);
    expect(mailed).toEqual([expect.stringContaining(resent.data!.resendInvitation.url)]);
    expect((await setPassword(tokenIn(first.data!.inviteUser.url), 'een-goed-lang-wachtwoord')).errors![0].message).toMatch(/verlopen of al gebruikt/);
    expect((await setPassword(tokenIn(resent.data!.resendInvitation.url), 'een-goed-lang-wachtwoord')).data!.setPassword).toBe(true);
    expect(await statusOf(email)).toBe('ACTIVE');

    const accepted = await api.graphql('mutation($id: ID!) { resendInvitation(userId: $id) { url } }', { id }, admin);
    expect(accepted.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a deactivated invitation an invitation when it is switched back on, without a usable link', async () => {
    const admin = await api.login(DEMO.admin);
    const email = 'twijfel.collega@zwolle.example';
    const invited = await api.graphql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { url } }', { input: { email, name: 'Twijfel', role: 'EDITOR' } }, admin);
    const [{ id }] = await api.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);
    await api.graphql(STATUS.replace('%s', 'deactivateUser'), { id }, admin);
    expect(await statusOf(email)).toBe('DEACTIVATED');
    expect((await api.graphql(STATUS.replace('%s', 'reactivateUser'), { id }, admin)).data!.reactivateUser).toEqual({ status: 'INVITED', active: false });
    expect((await setPassword(tokenIn(invited.data!.inviteUser.url), 'een-goed-lang-wachtwoord')).errors![0].message).toMatch(/verlopen of al gebruikt/);
    expect((await api.graphql('mutation($id: ID!) { resendInvitation(userId: $id) { url } }', { id }, admin)).errors).toBeUndefined();
  });
});
