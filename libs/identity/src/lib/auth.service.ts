import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type MaybeActor } from '@werkkennis/kernel';
import { inOrderOf } from '@werkkennis/persistence';
import type { Request, Response } from 'express';
import { In, Repository } from 'typeorm';
import { hashPassword, verifyPassword } from './password-hasher';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { clearSessionCookies, secureCookies, sessionCookieOf } from './session-cookies';
import { type IssuedSession, type ResolvedSession, SessionService } from './session.service';
import { UserEntity } from './user.entity';

const WRONG_CREDENTIALS = 'E-mailadres of wachtwoord klopt niet. Controleer beide en probeer het opnieuw.';
/** After this many failed sign-ins in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take equally long. */
  private readonly decoyHash = hashPassword('werkkennis-decoy-password');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async login(email: string, password: string): Promise<IssuedSession> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      throw DomainError.unauthenticated(
        `Dit account is tijdelijk geblokkeerd na ${MAX_FAILED_LOGINS} mislukte pogingen. Probeer het na ${user.lockedUntil.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })} opnieuw.`,
      );
    }
    const valid = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    if (user && !valid) await this.recordFailure(user);
    if (!user || !valid || !user.active) throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    if (user.failedLogins > 0 || user.lockedUntil) await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    return this.sessions.start(user);
  }

  private async recordFailure(user: UserEntity): Promise<void> {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await this.users.update(user.id, {
      failedLogins: lock ? 0 : failures,
      lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : user.lockedUntil,
    });
  }

  /**
   * The session behind a request: an `Authorization: Bearer` header (API clients) wins over the
   * web app's session cookie; neither means an anonymous reader. An ended session's cookie is
   * cleared in the response, so the web app sees at once that it is signed out.
   */
  async authenticate(req: Request, res: Response): Promise<ResolvedSession | null> {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) throw DomainError.unauthenticated('Gebruik de kop "Authorization: Bearer <token>" met het token uit login.');
      return this.sessions.fromBearer(match[1]);
    }
    const cookie = sessionCookieOf(req);
    if (!cookie) return null;
    const session = await this.sessions.fromCookie(cookie);
    if (!session) clearSessionCookies(res, secureCookies(this.options));
    return session;
  }

  async me(actor: MaybeActor): Promise<UserEntity> {
    if (!actor) throw DomainError.unauthenticated();
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw DomainError.unauthenticated('Dit account bestaat niet meer. Log opnieuw in.');
    return user;
  }

  /** For DataLoader: users in the order of the ids asked for. */
  async byIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    return inOrderOf(ids, await this.users.findBy({ id: In([...ids]) }));
  }
}
