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

  it('resets a password through a mailed link, and answers the same for unknown addresses', async () => {
    mailed.length = 0;
    const unknown = await api.graphql('mutation { requestPasswordReset(email: "niemand@nergens.example") }');
    expect(unknown.data!.requestPasswordReset).toBe(true);
    expect(mailed).toHaveLength(0);
    await api.graphql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: DEMO.researcher });
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
});
