import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

export const MAILER = Symbol('MAILER');

/** Where invitation and reset links go: a mail transport in production, the log in demo mode. */
export interface Mailer {
  /** True when the message really left as e-mail; false when it only went to the log. */
  readonly delivers: boolean;
  /** `headers` for mail that needs more, such as a digest's List-Unsubscribe. */
  send(to: string, subject: string, text: string, headers?: Record<string, string>): Promise<void>;
}

/** No mail server exists on a laptop: the link is logged, and shown to the admin who asked. */
export class LogMailer implements Mailer {
  readonly delivers = false;
  private readonly logger = new Logger('E-mail');

  async send(to: string, subject: string, text: string): Promise<void> {
    this.logger.log(`Aan ${to} — ${subject}: ${text}`);
  }
}

export interface SmtpSettings {
  /** smtp://user:password@host:587 or smtps://…:465 (nodemailer's connection URL). */
  url: string;
  /** The sender, e.g. `Werkkennis <noreply@werkkennis.gemeente.nl>`. */
  from: string;
}

/** Plain-text mail through an SMTP server (nodemailer). */
export class SmtpMailer implements Mailer {
  readonly delivers = true;
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = createTransport(settings.url);
  }

  async send(to: string, subject: string, text: string, headers?: Record<string, string>): Promise<void> {
    await this.transport.sendMail({ from: this.settings.from, to, subject, text, headers });
  }
}

export function mailerFor(smtp: SmtpSettings | undefined): Mailer {
  return smtp ? new SmtpMailer(smtp) : new LogMailer();
}
