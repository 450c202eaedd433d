import type { SmtpSettings } from './mailer';

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  jwtSecret: string;
  /** Lifetime of a bearer access token; refreshSession issues the next one. */
  accessTokenSeconds: number;
  /** A session ends this many days after its last refresh (sign-in, or the web app opening). */
  sessionDays: number;
  /** At most this many passwords are checked per account per minute, from all addresses together. */
  passwordChecksPerAccountPerMinute: number;
  /** Where people open the platform; invitation and reset links start here, and https makes cookies Secure. */
  publicUrl: string;
  /** Mail invitations and reset links through this SMTP server; without it they go to the log. */
  smtp?: SmtpSettings;
}
