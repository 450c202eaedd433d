import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, DomainError, type MaybeActor, Role } from '@werkkennis/kernel';
import jwt from 'jsonwebtoken';
import { In, Repository } from 'typeorm';
import { inOrderOf } from '@werkkennis/persistence';
import { hashPassword, verifyPassword } from './password-hasher';
import { UserEntity } from './user.entity';

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  jwtSecret: string;
  tokenLifetimeSeconds: number;
  /** Where people open the platform; invitation and reset links start here. */
  publicUrl: string;
}

interface TokenClaims {
  sub: string;
  role: Role;
  org: string | null;
}

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
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
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
    const claims: TokenClaims = { sub: user.id, role: user.role, org: user.organizationId };
    const token = jwt.sign(claims, this.options.jwtSecret, {
      algorithm: 'HS256',
      expiresIn: this.options.tokenLifetimeSeconds,
    });
    return { token, user };
  }

  private async recordFailure(user: UserEntity): Promise<void> {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await this.users.update(user.id, {
      failedLogins: lock ? 0 : failures,
      lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : user.lockedUntil,
    });
  }

  /** The actor behind an `Authorization: Bearer` header; anonymous without one. */
  actorFromAuthorization(header: string | undefined): MaybeActor {
    if (!header) return null;
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw DomainError.unauthenticated('Gebruik de kop "Authorization: Bearer <token>" met het token uit login.');
    try {
      const claims = jwt.verify(match[1], this.options.jwtSecret, { algorithms: ['HS256'] }) as TokenClaims;
      if (!Object.values(Role).includes(claims.role)) throw new Error('role');
      const actor: Actor = { userId: claims.sub, role: claims.role, organizationId: claims.org };
      return actor;
    } catch {
      throw DomainError.unauthenticated('Uw sessie is verlopen of ongeldig. Log opnieuw in.');
    }
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
