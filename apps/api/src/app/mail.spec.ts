import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

interface Received {
  to: string[];
  message: string;
}

/** Quoted-printable, as nodemailer writes long lines and `=`: enough to read a plain-text body. */
const decodeQuotedPrintable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Invitations and reset links through a real SMTP server (smtp-server, in this process). */
describe('mail through SMTP', () => {
  let api: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];
  const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { url mailed } }';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let message = '';
        stream.on('data', (chunk: Buffer) => (message += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((address) => address.address), message: decodeQuotedPrintable(message) });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApp({ indexWorker: false, smtp: { url: `smtp://127.0.0.1:${port}`, from: 'Werkkennis <noreply@werkkennis.test>' } });
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('mails an invitation with its link, from the configured sender, and says so', async () => {
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(INVITE, { input: { email: 'per.mail@zwolle.example', name: 'Per Mail', role: 'EDITOR' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser.mailed).toBe(true);
    const mail = received.find((message) => message.to.includes('per.mail@zwolle.example'))!;
    expect(mail.message).toContain('Subject: Uitnodiging voor Werkkennis');
    expect(mail.message).toMatch(/^From: Werkkennis <noreply@werkkennis\.test>/m);
    expect(mail.message).toContain(invited.data!.inviteUser.url);
  });

  it('mails a password-reset link to an existing account', async () => {
    await api.graphql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: DEMO.researcher });
    const mail = received.find((message) => message.to.includes(DEMO.researcher))!;
    expect(mail.message).toContain('Subject: Nieuw wachtwoord voor Werkkennis');
    expect(mail.message).toMatch(/http:\/\/werkkennis\.test\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+/);
  });

  it('keeps the invitation when the mail server is down, and tells the admin to pass the link on', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const admin = await api.login(DEMO.admin);
    const invited = await api.graphql(INVITE, { input: { email: 'geen.mail@zwolle.example', name: 'Geen Mail', role: 'PRACTITIONER' } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser).toEqual({ url: expect.stringContaining('/uitnodiging?token='), mailed: false });
    expect((await api.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', ['geen.mail@zwolle.example']))[0].n).toBe(1);
  });
});
