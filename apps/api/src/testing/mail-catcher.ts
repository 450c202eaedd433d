import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppConfig } from '../app/config';

export interface ReceivedMail {
  to: string[];
  /** Headers unfolded (one per line) and the body decoded from quoted-printable UTF-8. */
  message: string;
}

/** A real SMTP server in the test process that keeps what it receives. */
export interface MailCatcher {
  received: ReceivedMail[];
  /** The app's SMTP settings to send here. */
  smtp: NonNullable<AppConfig['smtp']>;
  /** How long the server takes to accept a message, to play a slow mail server. */
  acceptDelayMs: number;
  close(): Promise<void>;
}

/** Quoted-printable UTF-8, as nodemailer writes long lines, `=` and accents: enough to read a plain-text body. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** Long header lines arrive folded (RFC 5322): unfold them, to read each header on one line. */
const unfoldHeaders = (raw: string) => {
  const end = raw.search(/\r?\n\r?\n/);
  return raw.slice(0, end).replace(/\r?\n[ \t]+/g, ' ') + raw.slice(end);
};

export async function startMailCatcher(): Promise<MailCatcher> {
  const catcher: MailCatcher = {
    received: [],
    smtp: { url: '', from: 'Werkkennis <noreply@werkkennis.test>' },
    acceptDelayMs: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let message = '';
      stream.on('data', (chunk: Buffer) => (message += chunk.toString('latin1')));
      stream.on('end', () => {
        catcher.received.push({ to: session.envelope.rcptTo.map((address) => address.address), message: decodeQuotedPrintable(unfoldHeaders(message)) });
        setTimeout(done, catcher.acceptDelayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  catcher.smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return catcher;
}
