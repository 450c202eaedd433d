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
  /** Refuse every message (451, try again later), to play a mail server in trouble. */
  refusing: boolean;
  close(): Promise<void>;
}

/** Quoted-printable UTF-8, as nodemailer writes long lines, `=` and accents: enough to read a plain-text body. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/**
 * Headers unfolded (long lines arrive folded, RFC 5322), each on one line, and the body decoded
 * when it is quoted-printable. Only the body: a header such as `List-Unsubscribe: <…?token=A3…>`
 * is not encoded, and decoding it would turn `=A3` into a byte.
 */
const readMessage = (raw: string) => {
  const end = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, end).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(end);
  return headers + (/^Content-Transfer-Encoding: quoted-printable/im.test(headers) ? decodeQuotedPrintable(body) : body);
};

export async function startMailCatcher(): Promise<MailCatcher> {
  const catcher: MailCatcher = {
    received: [],
    smtp: { url: '', from: 'Werkkennis <noreply@werkkennis.test>' },
    acceptDelayMs: 0,
    refusing: false,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let message = '';
      stream.on('data', (chunk: Buffer) => (message += chunk.toString('latin1')));
      stream.on('end', () => {
        if (catcher.refusing) return done(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 }));
        catcher.received.push({ to: session.envelope.rcptTo.map((address) => address.address), message: readMessage(message) });
        setTimeout(done, catcher.acceptDelayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  catcher.smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return catcher;
}
