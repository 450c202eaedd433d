import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, DomainError, Role } from '@werkkennis/kernel';
import jwt from 'jsonwebtoken';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { UserSessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** What a client keeps after signing in or refreshing. */
export interface IssuedSession {
  /** Short-lived bearer token for API clients. */
  token: string;
  expiresAt: Date;
  /** Long-lived, single use: trade it for new tokens with refreshSession. Also the web app's cookie. */
  refreshToken: string;
  refreshExpiresAt: Date;
  csrfToken: string;
  user: UserEntity;
}

/** The session behind a request, and how the request proved it. */
export interface ResolvedSession {
  sessionId: string;
  via: 'bearer' | 'cookie';
  csrfToken: string;
  actor: Actor;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

const newSecret = () => randomBytes(32).toString('base64url');
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const EXPIRED = 'Uw sessie is verlopen of afgemeld. Log opnieuw in.';

/**
 * Sign-in sessions. Every request checks its session row, so signing out, deactivating an
 * account or changing a role takes effect at once, not when a token runs out. A session ends
 * `sessionDays` after it was last used.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async start(user: UserEntity): Promise<IssuedSession> {
    const refreshToken = newSecret();
    const session = await this.sessions.save(
      this.sessions.create({ userId: user.id, refreshTokenHash: hashOf(refreshToken), csrfToken: newSecret(), expiresAt: this.refreshExpiry(), revokedAt: null }),
    );
    return this.issue(session, refreshToken, user);
  }

  /** Trades a refresh token for new tokens; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const session = await this.sessions.findOneBy({ refreshTokenHash: hashOf(refreshToken), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    const user = session && (await this.sessions.manager.findOneBy(UserEntity, { id: session.userId, active: true }));
    if (!session || !user) throw DomainError.unauthenticated(EXPIRED);
    const next = newSecret();
    // Conditional on the old hash: of two refreshes racing with one token, only one wins.
    const rotated = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ refreshTokenHash: hashOf(next), expiresAt: this.refreshExpiry() })
      .where({ id: session.id, refreshTokenHash: session.refreshTokenHash })
      .returning('id')
      .execute();
    if (!(rotated.raw as unknown[]).length) throw DomainError.unauthenticated(EXPIRED);
    return this.issue(session, next, user);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of one user (deactivation), inside the caller's transaction. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(UserSessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The session of a bearer token; a bad or ended one is refused, so that clients know to sign in again. */
  async fromBearer(token: string): Promise<ResolvedSession> {
    let claims: AccessClaims;
    try {
      claims = jwt.verify(token, this.options.jwtSecret, { algorithms: ['HS256'] }) as AccessClaims;
    } catch {
      throw DomainError.unauthenticated(EXPIRED);
    }
    const found = await this.load({ id: claims.sid }, 'bearer');
    if (!found || found.actor.userId !== claims.sub) throw DomainError.unauthenticated(EXPIRED);
    return found;
  }

  /** The session of the web app's cookie; a stale cookie just means anonymous. */
  fromCookie(refreshToken: string): Promise<ResolvedSession | null> {
    return this.load({ refreshTokenHash: hashOf(refreshToken) }, 'cookie');
  }

  private async load(where: { id: string } | { refreshTokenHash: string }, via: ResolvedSession['via']): Promise<ResolvedSession | null> {
    // One indexed lookup with the account, so the role and organisation are always current.
    const row = await this.sessions
      .createQueryBuilder('session')
      .innerJoin(UserEntity, 'account', 'account.id = session.user_id AND account.active')
      .select(['session.id AS id', 'session.csrf_token AS csrf', 'session.expires_at AS expires_at', 'account.id AS user_id', 'account.role AS role', 'account.organization_id AS org'])
      .where('id' in where ? 'session.id = :id' : 'session.refresh_token_hash = :refreshTokenHash', where)
      .andWhere('session.revoked_at IS NULL AND session.expires_at > now()')
      .getRawOne<{ id: string; csrf: string; expires_at: Date; user_id: string; role: Role; org: string | null }>();
    if (!row) return null;
    await this.extendWhenUsed(row.id, new Date(row.expires_at));
    return { sessionId: row.id, via, csrfToken: row.csrf, actor: { userId: row.user_id, role: row.role, organizationId: row.org } };
  }

  /** A session in use stays alive: its expiry moves forward, with at most one write an hour. */
  private async extendWhenUsed(sessionId: string, expiresAt: Date): Promise<void> {
    const extended = this.refreshExpiry();
    if (extended.getTime() - expiresAt.getTime() < 3_600_000) return;
    await this.sessions.update(sessionId, { expiresAt: extended });
  }

  private issue(session: UserSessionEntity, refreshToken: string, user: UserEntity): IssuedSession {
    const claims: AccessClaims = { sub: user.id, sid: session.id };
    const token = jwt.sign(claims, this.options.jwtSecret, { algorithm: 'HS256', expiresIn: this.options.accessTokenSeconds });
    return {
      token,
      expiresAt: new Date(Date.now() + this.options.accessTokenSeconds * 1000),
      refreshToken,
      refreshExpiresAt: this.refreshExpiry(),
      csrfToken: session.csrfToken,
      user,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.options.sessionDays * 24 * 3_600_000);
  }
}
