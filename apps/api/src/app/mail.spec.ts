import { type MailCatcher, startMailCatcher } from '../testing/mail-catcher';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

/** Invitations and reset links through a real SMTP server (smtp-server, in this process). */
describe('mail through SMTP', () => {
  let api: TestApp;
  let mailbox: MailCatcher;
  const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
  const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url mailed } }';

  beforeAll(async () => {
    mailbox = await startMailCatcher();
    api = await startTestApp({ indexWorker: false, smtp: mailbox.smtp });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.close();
  });

  it('mails an invitation with its link, from the configured sender, and says so', async () => {
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(INVITE, { input: { email: 'per.mail@zwolle.example', name: 'Per Mail', role: 'EDITOR' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser.mailed).toBe(true);
    const mail = mailbox.received.find((message) => message.to.includes('per.mail@zwolle.example'))!;
    expect(mail.message).toContain('Subject: Uitnodiging voor Werkkennis');
    expect(mail.message).toMatch(/^From: Werkkennis <noreply@werkkennis\.test>/m);
    expect(mail.message).toContain(invited.data!.inviteUser.url);
  });

  const until = async (done: () => boolean) => {
    for (let waited = 0; !done(); waited += 5) {
      if (waited > 5_000) throw new Error('waited 5 seconds in vain');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  /** The reset mail goes out after the answer: wait until the server has it. */
  const mailTo = async (address: string) => {
    await until(() => mailbox.received.some((message) => message.to.includes(address)));
    return mailbox.received.find((message) => message.to.includes(address))!;
  };

  it('mails a password-reset link to an existing account, in Dutch when the request asks for no language', async () => {
    await api.graphql(RESET, { e: DEMO.researcher });
    const mail = await mailTo(DEMO.researcher);
    expect(mail.message).toContain('Subject: Nieuw wachtwoord voor Werkkennis');
    expect(mail.message).toMatch(/http:\/\/werkkennis\.test\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+/);
  });

  it('mails the reset link in English when the request asks for English', async () => {
    await api.graphql(RESET, { e: DEMO.amsterdamEditor }, undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    const mail = await mailTo(DEMO.amsterdamEditor);
    expect(mail.message).toContain('Subject: New password for Werkkennis');
    expect(mail.message).toMatch(/Choose a new password at http:\/\/werkkennis\.test\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+ \(valid for one hour\)/);
  });

  it('mails an invitation in the language of the admin who sent it', async () => {
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(INVITE, { input: { email: 'per.english@zwolle.example', name: 'Per English', role: 'EDITOR' } }, admin, { 'accept-language': 'en' });
    expect(invited.errors).toBeUndefined();
    const mail = mailbox.received.find((message) => message.to.includes('per.english@zwolle.example'))!;
    expect(mail.message).toContain('Subject: Invitation to Werkkennis');
    expect(mail.message).toContain(`Choose your password at ${invited.data!.inviteUser.url} (valid until`);
  });

  it('answers a reset request without waiting for a slow mail server, which still gets the link', async () => {
    mailbox.acceptDelayMs = 2_000;
    try {
      const started = performance.now();
      expect((await api.graphql(RESET, { e: DEMO.tilburgEditor })).data!.requestPasswordReset).toBe(true);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect((await mailTo(DEMO.tilburgEditor)).message).toContain('/wachtwoord-herstellen?token=');
    } finally {
      mailbox.acceptDelayMs = 0;
    }
  });

  it('answers a reset request as fast for an unknown address as for an existing one', async () => {
    const timed = async (email: string) => {
      const mailsBefore = mailbox.received.length;
      const started = performance.now();
      await api.graphql(RESET, { e: email });
      const took = performance.now() - started;
      if (email === DEMO.practitioner) await until(() => mailbox.received.length > mailsBefore);
      return took;
    };
    // Medians: a garbage collection or a busy moment says nothing about the path taken.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    for (let i = 0; i < 3; i += 1) await timed(DEMO.practitioner);
    const existing: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      existing.push(await timed(DEMO.practitioner));
      unknown.push(await timed(`onbekend-${i}@nergens.example`));
    }
    // Both are answered at the same fixed time after the request; the mail is sent within it.
    expect(Math.abs(median(existing) - median(unknown))).toBeLessThan(5);
  });

  it('keeps the invitation when the mail server is down, and tells the admin to pass the link on', async () => {
    await mailbox.close();
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(INVITE, { input: { email: 'geen.mail@zwolle.example', name: 'Geen Mail', role: 'PRACTITIONER' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser).toEqual({ url: expect.stringContaining('/uitnodiging?token='), mailed: false });
    expect((await api.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', ['geen.mail@zwolle.example']))[0].n).toBe(1);
  });
});
