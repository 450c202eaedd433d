import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type MaybeActor, message, normalizeEmail } from '@werkkennis/kernel';
import { Metrics } from '@werkkennis/observability';
import { inOrderOf } from '@werkkennis/persistence';
import type { Request, Response } from 'express';
import { In, Repository } from 'typeorm';
import { hashPassword, verifyPassword } from './password-hasher';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { clearSessionCookies, secureCookies, sessionCookieOf } from './session-cookies';
import { type IssuedSession, type ResolvedSession, SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

/** The one answer to every refused sign-in: unknown address, wrong password, inactive or throttled account alike. */
const REFUSED = message('auth.refused');

@Injectable()
export class AuthService {
  /** Verified against when the account is unknown or inactive, so every refusal takes equally long. */
  private readonly decoyHash = hashPassword('werkkennis-decoy-password');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly metrics: Metrics,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<IssuedSession> {
    const address = normalizeEmail(email);
    // Throttled or not, the answer is the same: it must not tell whether the account exists.
    if (!(await this.throttle.admit(address, clientAddress))) return this.refuse('throttled');
    const user = await this.users.findOneBy({ email: address });
    const valid = await verifyPassword(user?.active ? user.passwordHash : await this.decoyHash, password);
    if (!user?.active || !valid) return this.refuse('refused');
    await this.throttle.succeeded(address, clientAddress);
    this.metrics.signInAttempts.inc({ result: 'signed_in' });
    return this.sessions.start(user);
  }

  private refuse(result: 'refused' | 'throttled'): never {
    this.metrics.signInAttempts.inc({ result });
    throw DomainError.unauthenticated(REFUSED);
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
      if (!match) throw DomainError.unauthenticated(message('auth.bearerHeader'));
      return this.sessions.fromBearer(match[1]);
    }
    const cookie = sessionCookieOf(req);
    if (!cookie) return null;
    const session = await this.sessions.fromCookie(cookie).catch((error: unknown) => {
      // A session ended for safety is refused once, with its reason; the browser then forgets the cookie.
      clearSessionCookies(res, secureCookies(this.options));
      throw error;
    });
    if (!session) clearSessionCookies(res, secureCookies(this.options));
    return session;
  }

  async me(actor: MaybeActor): Promise<UserEntity> {
    if (!actor) throw DomainError.unauthenticated();
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw DomainError.unauthenticated(message('auth.accountGone'));
    return user;
  }

  /** For DataLoader: users in the order of the ids asked for. */
  async byIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    return inOrderOf(ids, await this.users.findBy({ id: In([...ids]) }));
  }
}
