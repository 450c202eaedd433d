import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RateLimitCounter } from '@werkkennis/persistence';
import { createHash } from 'node:crypto';
import { Column, Entity, PrimaryColumn, Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

/** Wrong passwords per account and client address that cost no waiting. */
const FREE_FAILURES = 3;
/** After those, the wait before the next check doubles from 2 seconds up to this. */
const LONGEST_WAIT_SECONDS = 15 * 60;
/** An account and address that were quiet for this long start afresh. */
const FORGET_AFTER = '1 hour';
const PRUNE_EVERY_ATTEMPTS = 1_000;

/** Failed sign-ins of one account (e-mail address) from one client address; both only as hashes. */
@Entity('sign_in_throttle')
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_sign_in_throttle' })
  accountHash!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_sign_in_throttle' })
  addressHash!: string;

  /** Attempts since the last success, each counted as failed until it proved otherwise. */
  @Column({ type: 'integer' })
  failures!: number;

  @Column({ type: 'timestamptz' })
  lastAttemptAt!: Date;
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Slows password guessing without letting a stranger lock the owner out. Per account and client
 * address the wait grows with every failure (3 free, then 2 s, 4 s, … up to 15 minutes), so one
 * address that guesses gets a few checks a minute; per account at most `passwordChecksPerAccountPerMinute`
 * passwords are checked a minute from all addresses together, which only many addresses at once
 * can reach. The owner signing in from their own address is not slowed by someone else's guesses.
 * Counted in the database, atomically, before the password is checked: parallel attempts cannot
 * slip past, and every API process shares the counts.
 */
@Injectable()
export class SignInThrottle {
  private attemptsSincePrune = 0;

  constructor(
    @InjectRepository(SignInThrottleEntity) private readonly throttles: Repository<SignInThrottleEntity>,
    private readonly perAccount: RateLimitCounter,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Whether this attempt's password may be checked; it counts as a failure until `succeeded`. */
  async admit(email: string, clientAddress: string): Promise<boolean> {
    if ((this.attemptsSincePrune += 1) >= PRUNE_EVERY_ATTEMPTS) {
      this.attemptsSincePrune = 0;
      await this.throttles.query(`DELETE FROM sign_in_throttle WHERE last_attempt_at < now() - interval '${FORGET_AFTER}'`);
    }
    // The WHERE sees the row as it is after any attempt running in parallel: only one gets each turn.
    const admitted: unknown[] = await this.throttles.query(
      `INSERT INTO sign_in_throttle AS t (account_hash, address_hash, failures, last_attempt_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (account_hash, address_hash) DO UPDATE SET
         failures = CASE WHEN t.last_attempt_at < now() - interval '${FORGET_AFTER}' THEN 1 ELSE t.failures + 1 END,
         last_attempt_at = now()
       WHERE t.failures <= $3
          OR t.last_attempt_at + make_interval(secs => LEAST(power(2, LEAST(t.failures - $3, 20)), $4)) <= now()
       RETURNING failures`,
      [hashOf(email), hashOf(clientAddress), FREE_FAILURES, LONGEST_WAIT_SECONDS],
    );
    if (!admitted.length) return false;
    const { hits } = await this.perAccount.hit(`sign-in:${email}`, 60_000);
    return hits <= this.options.passwordChecksPerAccountPerMinute;
  }

  /** The password was right: this address starts afresh for this account. */
  async succeeded(email: string, clientAddress: string): Promise<void> {
    await this.throttles.delete({ accountHash: hashOf(email), addressHash: hashOf(clientAddress) });
  }

  /** A new password was chosen through a mailed link: earlier failures no longer say anything. */
  async forgetAccount(email: string): Promise<void> {
    await this.throttles.delete({ accountHash: hashOf(email) });
  }
}
