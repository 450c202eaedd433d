import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { authorizeRole, DomainError, type Language, type MaybeActor, type Message, message, normalizeEmail, type Page, render, Role } from '@werkkennis/kernel';
import { OrganizationService } from '@werkkennis/organizations';
import { paginate, recordAudit, TransactionRunner, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { AccountStatus } from './account-status';
import { type AccountTokenPurpose, AccountTokenEntity } from './account-token.entity';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { MAILER, type Mailer } from './mailer';
import { hashPassword } from './password-hasher';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

const VALID_FOR_HOURS: Record<AccountTokenPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 1 };
const MIN_PASSWORD = 12;
/**
 * A reset request is answered no sooner than this after it arrived, whatever the address: the
 * mail's own work (and the garbage collection it causes) falls inside it, not on the next request.
 */
const RESET_ANSWER_MS = 150;
/** Stored instead of a hash until an invitation is accepted: no password can ever match it. */
const NO_PASSWORD = '!';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedLink {
  url: string;
  expiresAt: Date;
  /** Whether the link also went out by e-mail; otherwise the admin passes it on. */
  mailed: boolean;
}

/** Invitations, password resets, roles and deactivation: the admin side of accounts. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly transactions: TransactionRunner,
    private readonly writes: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly organizations: OrganizationService,
    private readonly throttle: SignInThrottle,
  ) {}

  list(actor: MaybeActor, first: number, after?: string): Promise<Page<UserEntity>> {
    authorizeRole(actor, 'account.manage');
    return paginate(this.users.createQueryBuilder('account'), { column: 'account.name', property: 'name', direction: 'ASC' }, first, after);
  }

  /** The invitation mail is in the language of the admin's request. */
  async invite(actor: MaybeActor, input: { email: string; name: string; role: Role; organizationId?: string | null }, language: Language): Promise<IssuedLink> {
    const email = normalizeEmail(input.email);
    const link = await this.writes.run(actor, 'account.manage', async ({ manager, record }) => {
      if (await manager.existsBy(UserEntity, { email })) throw DomainError.invalidInput({ email: [message('account.exists', { email })] });
      if (input.organizationId && (await this.organizations.unknownIds(manager, [input.organizationId])).length) {
        throw DomainError.invalidInput({ organizationId: [message('account.unknownOrganization')] });
      }
      const user = await manager.save(
        manager.create(UserEntity, { email, name: input.name, role: input.role, organizationId: input.organizationId ?? null, passwordHash: NO_PASSWORD, active: false }),
      );
      record({ action: 'account.invite', subjectType: 'USER', subjectId: user.id, organizationId: user.organizationId, before: null, after: { email, role: input.role }, reindex: [] });
      return this.issueInvitation(manager, user.id);
    });
    return { ...link, mailed: await this.mailInvitation(email, link, language) };
  }

  /**
   * Always answers the same, and equally fast, whether or not the address has an account: one
   * statement in both cases, that waits for the disk in neither, the mail goes out beside the
   * answer, and the answer comes at a fixed time after the request, so neither the database nor
   * the mail shows which addresses exist. The mail is in the language the request asked for.
   */
  async requestPasswordReset(email: string, language: Language): Promise<void> {
    const answerAt = performance.now() + RESET_ANSWER_MS;
    await this.issuePasswordReset(normalizeEmail(email), language);
    await sleep(Math.max(0, answerAt - performance.now()));
  }

  private async issuePasswordReset(address: string, language: Language): Promise<void> {
    const link = this.newLink('PASSWORD_RESET', 'wachtwoord-herstellen');
    const issued = await this.transactions.run(async (manager) => {
      // Only the existing account writes a row; its commit would wait for the disk, an unknown
      // address's would not. A reset link lost to a crash this very second is simply asked for again.
      await manager.query('SET LOCAL synchronous_commit TO OFF');
      const rows: unknown[] = await manager.query(
        `INSERT INTO account_token (user_id, purpose, token_hash, expires_at)
         SELECT id, 'PASSWORD_RESET', $2, $3 FROM app_user WHERE email = $1 AND active
         RETURNING id`,
        [address, link.tokenHash, link.expiresAt],
      );
      return rows.length > 0;
    });
    if (!issued) return;
    setImmediate(() => void this.mail(address, language, message('mail.resetSubject'), message('mail.resetText', { url: link.url })));
  }

  /** Accepts an invitation or a reset: sets the password and activates the account. */
  async setPasswordWithToken(token: string, password: string): Promise<void> {
    if (password.length < MIN_PASSWORD) throw DomainError.invalidInput({ password: [message('account.passwordTooShort', { min: MIN_PASSWORD })] });
    const passwordHash = await hashPassword(password);
    const email = await this.transactions.run(async (manager) => {
      const found = await manager.findOneBy(AccountTokenEntity, { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
      if (!found) throw DomainError.invalidInput({ token: [message('account.linkUsed')] });
      await manager.update(AccountTokenEntity, found.id, { usedAt: new Date() });
      await manager.update(UserEntity, found.userId, { passwordHash, active: true });
      // Whoever knew the old password is signed out everywhere.
      await this.sessions.revokeAllOf(manager, found.userId);
      // Nobody is signed in here: the one-time link is the authorization, so this write keeps its
      // own trail rather than going through the unit of work, which starts from a signed-in actor.
      await recordAudit(manager, { actorId: found.userId, organizationId: null, action: `account.${found.purpose.toLowerCase()}`, subjectType: 'USER', subjectId: found.userId, before: null, after: { active: true } });
      return (await manager.findOneByOrFail(UserEntity, { id: found.userId })).email;
    });
    // Someone who forgot their password and then chose a new one need not wait for earlier guesses.
    await this.throttle.forgetAccount(email);
  }

  changeRole(actor: MaybeActor, userId: string, role: Role): Promise<UserEntity> {
    return this.changeUser(actor, userId, 'account.role', (user) => {
      user.role = role;
    });
  }

  deactivate(actor: MaybeActor, userId: string): Promise<UserEntity> {
    return this.changeUser(actor, userId, 'account.deactivate', async (user, manager) => {
      if (user.status === AccountStatus.DEACTIVATED) throw DomainError.invalidInput({ userId: [message('account.alreadyOff')] });
      Object.assign(user, { active: false, deactivatedAt: new Date() });
      await this.sessions.revokeAllOf(manager, user.id);
      // An open invitation or reset link would otherwise switch the account back on.
      await this.voidOpenLinks(manager, user.id);
    });
  }

  /** Switches a deactivated account back on: with its old password, or as an open invitation if it never had one. */
  reactivate(actor: MaybeActor, userId: string): Promise<UserEntity> {
    return this.changeUser(actor, userId, 'account.reactivate', async (user) => {
      if (user.status !== AccountStatus.DEACTIVATED) throw DomainError.invalidInput({ userId: [message('account.notOff')] });
      Object.assign(user, { active: user.passwordHash !== NO_PASSWORD, deactivatedAt: null });
    });
  }

  /** A fresh invitation link for an invitation that was not accepted; earlier links stop working. */
  async resendInvitation(actor: MaybeActor, userId: string, language: Language): Promise<IssuedLink> {
    const { user, link } = await this.writes.run(actor, 'account.manage', async (write) => {
      const user = await this.findAccount(write, userId);
      if (user.status !== AccountStatus.INVITED) {
        throw DomainError.invalidInput({ userId: [message('account.onlyOpenInvitation')] });
      }
      await this.voidOpenLinks(write.manager, user.id);
      write.record({ action: 'account.reinvite', subjectType: 'USER', subjectId: user.id, organizationId: user.organizationId, before: null, after: { email: user.email }, reindex: [] });
      return { user, link: await this.issueInvitation(write.manager, user.id) };
    });
    return { ...link, mailed: await this.mailInvitation(user.email, link, language) };
  }

  private changeUser(actor: MaybeActor, userId: string, action: string, change: (user: UserEntity, manager: EntityManager) => Promise<void> | void): Promise<UserEntity> {
    return this.writes.run(actor, 'account.manage', async (write) => {
      const user = await this.findAccount(write, userId);
      if (user.id === write.actor.userId) throw DomainError.invalidInput({ userId: [message('account.notYourself')] });
      const before = { role: user.role, status: user.status };
      await change(user, write.manager);
      const saved = await write.manager.save(user);
      write.record({ action, subjectType: 'USER', subjectId: user.id, organizationId: user.organizationId, before, after: { role: saved.role, status: saved.status }, reindex: [] });
      return saved;
    });
  }

  private findAccount(write: WriteContext, userId: string): Promise<UserEntity> {
    return write.load(UserEntity, userId, 'noun.account');
  }

  private voidOpenLinks(manager: EntityManager, userId: string) {
    return manager.update(AccountTokenEntity, { userId, usedAt: IsNull() }, { usedAt: new Date() });
  }

  private mailInvitation(email: string, link: Omit<IssuedLink, 'mailed'>, language: Language): Promise<boolean> {
    return this.mail(email, language, message('mail.invitationSubject'), message('mail.invitationText', { url: link.url, expiresAt: link.expiresAt.toISOString() }));
  }

  /**
   * After the account change is committed: a mail server that is down must not undo it. The
   * admin then sees that nothing was mailed and passes the link on; operations see the error.
   */
  private async mail(to: string, language: Language, subject: Message, text: Message): Promise<boolean> {
    try {
      await this.mailer.send(to, render(subject, language), render(text, language));
      return this.mailer.delivers;
    } catch (error) {
      this.logger.error(`E-mail aan ${to} niet verstuurd (${(error as Error).message}); controleer SMTP_URL en de mailserver.`);
      return false;
    }
  }

  /** A fresh one-time link; only the token's hash is stored. */
  private newLink(purpose: AccountTokenPurpose, path: string) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + VALID_FOR_HOURS[purpose] * 3_600_000);
    return { tokenHash: hashToken(token), url: `${this.options.publicUrl}/${path}?token=${token}`, expiresAt };
  }

  private async issueInvitation(manager: EntityManager, userId: string): Promise<Omit<IssuedLink, 'mailed'>> {
    const { tokenHash, url, expiresAt } = this.newLink('INVITATION', 'uitnodiging');
    await manager.insert(AccountTokenEntity, { userId, purpose: 'INVITATION', tokenHash, expiresAt, usedAt: null });
    return { url, expiresAt };
  }
}
