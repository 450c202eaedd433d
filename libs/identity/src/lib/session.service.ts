import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, DomainError, message, Role, UnauthenticatedReason } from '@werkkennis/kernel';
import { TransactionRunner } from '@werkkennis/persistence';
import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { RotatedRefreshTokenEntity, UserSessionEntity } from './session.entity';
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
const EXPIRED = message('auth.sessionEnded');
const revokedForSafety = () => DomainError.unauthenticated(message('auth.revokedForSafety'), UnauthenticatedReason.SESSION_REVOKED_REUSE);
/**
 * A traded-in refresh token that comes back this soon is taken for two tabs or retries racing
 * with one token, not for a theft: it is refused, and the session goes on.
 */
const REUSE_LEEWAY_MS = 10_000;
/** An ended session is kept this long, so that someone coming back is still told why it ended. */
const KEEP_ENDED_DAYS = 30;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Sign-in sessions. Every request checks its session row, so signing out, deactivating an
 * account or changing a role takes effect at once, not when a token runs out. A session ends
 * `sessionDays` after it was last used. Refresh tokens rotate, and a traded-in one that comes
 * back ends the whole session (reuse detection, OAuth 2.0 Security BCP): whoever holds the newer
 * tokens, owner or thief, must sign in again.
 */
@Injectable()
export class SessionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sessions');
  private pruneTimer?: NodeJS.Timeout;

  /**
   * The secret as a key object, made once: given the string, jsonwebtoken first tries to read it
   * as a public key on every call and fails, which made each verification ~50× slower (~0.4 ms).
   */
  private readonly signingKey: KeyObject;

  constructor(
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    @InjectRepository(RotatedRefreshTokenEntity) private readonly rotatedTokens: Repository<RotatedRefreshTokenEntity>,
    private readonly transactions: TransactionRunner,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    this.signingKey = createSecretKey(Buffer.from(options.jwtSecret));
  }

  onApplicationBootstrap(): void {
    const prune = () => void this.prune().catch((error: Error) => this.logger.warn(`Oude sessies opruimen mislukt: ${error.message}`));
    this.pruneTimer = setInterval(prune, PRUNE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.pruneTimer);
  }

  /**
   * Forgets sessions that ended more than KEEP_ENDED_DAYS ago (their traded-in tokens go with
   * them), and traded-in tokens of live sessions older than a session can live: a session that
   * is used every day would otherwise gather a row for every refresh, for ever.
   */
  async prune(now = new Date()): Promise<{ sessions: number; tokens: number }> {
    const day = 24 * 3_600_000;
    const endedBefore = new Date(now.getTime() - KEEP_ENDED_DAYS * day);
    const sessions = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('(revoked_at IS NOT NULL AND revoked_at < :endedBefore) OR expires_at < :endedBefore', { endedBefore })
      .execute();
    const tokens = await this.rotatedTokens
      .createQueryBuilder()
      .delete()
      .where('rotated_at < :before', { before: new Date(now.getTime() - this.options.sessionDays * day) })
      .execute();
    return { sessions: sessions.affected ?? 0, tokens: tokens.affected ?? 0 };
  }

  async start(user: UserEntity): Promise<IssuedSession> {
    const refreshToken = newSecret();
    const session = await this.sessions.save(
      this.sessions.create({ userId: user.id, refreshTokenHash: hashOf(refreshToken), csrfToken: newSecret(), expiresAt: this.refreshExpiry(), revokedAt: null, revokedReason: null }),
    );
    return this.issue(session, refreshToken, user);
  }

  /** Trades a refresh token for new tokens; the old refresh token stops working. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const tokenHash = hashOf(refreshToken);
    const session = await this.sessions.findOneBy({ refreshTokenHash: tokenHash });
    if (!session) {
      await this.endIfTradedIn(tokenHash);
      throw DomainError.unauthenticated(EXPIRED);
    }
    if (session.revokedReason) throw revokedForSafety();
    const live = !session.revokedAt && session.expiresAt > new Date();
    const user = live ? await this.sessions.manager.findOneBy(UserEntity, { id: session.userId, active: true }) : null;
    if (!user) throw DomainError.unauthenticated(EXPIRED);
    const next = newSecret();
    const rotated = await this.transactions.run(async (manager) => {
      // Conditional on the old hash: of two refreshes racing with one token, only one wins.
      const { raw } = await manager
        .createQueryBuilder()
        .update(UserSessionEntity)
        .set({ refreshTokenHash: hashOf(next), expiresAt: this.refreshExpiry() })
        .where({ id: session.id, refreshTokenHash: tokenHash, revokedAt: IsNull() })
        .returning('id')
        .execute();
      if (!(raw as unknown[]).length) return false;
      await manager.insert(RotatedRefreshTokenEntity, { tokenHash, sessionId: session.id, rotatedAt: new Date() });
      return true;
    });
    // The loser of a race is refused like a token that comes back within the leeway.
    if (!rotated) throw DomainError.unauthenticated(EXPIRED);
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
      claims = jwt.verify(token, this.signingKey, { algorithms: ['HS256'] }) as AccessClaims;
    } catch {
      throw DomainError.unauthenticated(EXPIRED);
    }
    const found = await this.load({ id: claims.sid }, 'bearer');
    if (!found || found.actor.userId !== claims.sub) throw DomainError.unauthenticated(EXPIRED);
    return found;
  }

  /** The session of the web app's cookie; a stale cookie just means anonymous, a traded-in one ends its session. */
  async fromCookie(refreshToken: string): Promise<ResolvedSession | null> {
    const tokenHash = hashOf(refreshToken);
    const session = await this.load({ refreshTokenHash: tokenHash }, 'cookie');
    if (!session) await this.endIfTradedIn(tokenHash);
    return session;
  }

  /**
   * A refresh token that is not the current one of a live session may have been traded in
   * earlier. Coming back after the leeway, it means two parties hold this session's tokens; no
   * telling which is the owner, so the session ends for both, and they are told why.
   */
  private async endIfTradedIn(tokenHash: string): Promise<void> {
    const traded = await this.rotatedTokens.findOneBy({ tokenHash });
    if (!traded || Date.now() - traded.rotatedAt.getTime() < REUSE_LEEWAY_MS) return;
    const ended = await this.sessions.update(
      { id: traded.sessionId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      { revokedAt: new Date(), revokedReason: UnauthenticatedReason.SESSION_REVOKED_REUSE },
    );
    if (ended.affected || (await this.sessions.existsBy({ id: traded.sessionId, revokedReason: UnauthenticatedReason.SESSION_REVOKED_REUSE }))) {
      throw revokedForSafety();
    }
  }

  private async load(where: { id: string } | { refreshTokenHash: string }, via: ResolvedSession['via']): Promise<ResolvedSession | null> {
    // One indexed lookup with the account, so the role and organisation are always current.
    const row = await this.sessions
      .createQueryBuilder('session')
      .innerJoin(UserEntity, 'account', 'account.id = session.user_id AND account.active')
      .select(['session.id AS id', 'session.csrf_token AS csrf', 'session.expires_at AS expires_at', 'session.revoked_at AS revoked_at', 'session.revoked_reason AS revoked_reason'])
      .addSelect(['account.id AS user_id', 'account.role AS role', 'account.organization_id AS org'])
      .where('id' in where ? 'session.id = :id' : 'session.refresh_token_hash = :refreshTokenHash', where)
      .getRawOne<{ id: string; csrf: string; expires_at: Date; revoked_at: Date | null; revoked_reason: string | null; user_id: string; role: Role; org: string | null }>();
    if (row?.revoked_reason) throw revokedForSafety();
    if (!row || row.revoked_at || new Date(row.expires_at) <= new Date()) return null;
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
    const token = jwt.sign(claims, this.signingKey, { algorithm: 'HS256', expiresIn: this.options.accessTokenSeconds });
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
