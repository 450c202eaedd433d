import { Logger } from '@nestjs/common';

export const MAILER = Symbol('MAILER');

/** Where invitation and reset links go: a mail transport in production, the log in demo mode. */
export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
}

/** No mail server exists on a laptop: the link is logged, and shown to the admin who asked. */
export class LogMailer implements Mailer {
  private readonly logger = new Logger('E-mail');

  async send(to: string, subject: string, text: string): Promise<void> {
    this.logger.log(`Aan ${to} — ${subject}: ${text}`);
  }
}
