import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PublicationType } from '@werkkennis/content-search';
import { AuthService, MAILER, type Mailer } from '@werkkennis/identity';
import { type Language, message, type Noun, render } from '@werkkennis/kernel';
import { In, IsNull, LessThan, Repository } from 'typeorm';
import { FeedLinks } from './feed-links';
import { FollowEntity, FollowSettingsEntity } from './follow.entity';
import { type FollowedUpdate, FollowService } from './follow.service';

const WEEK_MS = 7 * 24 * 3_600_000;
/** How often the digest looks for people whose week is over. */
const CHECK_EVERY_MS = 3_600_000;

const TYPE_NOUN: Record<PublicationType, Noun> = {
  PROJECT: 'noun.project',
  FINDING: 'noun.finding',
  INTERVENTION: 'noun.intervention',
  TERM: 'noun.term',
  PRACTICE_EXPERIENCE: 'noun.practiceExperience',
};

/**
 * The weekly e-mail of what is new in what someone follows: only for those who chose it, at
 * most once a week, and only when there is something new. Every mail carries a one-click
 * unsubscribe link that works without signing in, also as List-Unsubscribe header.
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Weekmail');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(FollowSettingsEntity) private readonly settings: Repository<FollowSettingsEntity>,
    @InjectRepository(FollowEntity) private readonly follows: Repository<FollowEntity>,
    private readonly followService: FollowService,
    private readonly people: AuthService,
    private readonly links: FeedLinks,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sendDue().catch((error: Error) => this.logger.error(`Weekmail mislukt: ${error.message}`)), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sends each person whose week is over what is new since their previous digest; returns how many mails left. */
  async sendDue(now = new Date()): Promise<number> {
    const due = await this.settings.find({ where: [{ weeklyDigest: true, lastDigestAt: IsNull() }, { weeklyDigest: true, lastDigestAt: LessThan(new Date(now.getTime() - WEEK_MS)) }] });
    if (!due.length) return 0;
    // Everyone due, and all they follow, in two queries rather than two per person.
    const people = await this.people.byIds(due.map((settings) => settings.userId));
    const follows = await this.follows.find({ where: { userId: In(due.map((settings) => settings.userId)) }, order: { createdAt: 'ASC' } });
    let sent = 0;
    for (const [index, settings] of due.entries()) {
      const person = people[index];
      if (!person?.active) continue;
      const previous = settings.lastDigestAt;
      // Every API process checks: the one that moves this person's week on first sends it.
      if (!(await this.claimWeek(settings.userId, previous, now))) continue;
      const since = previous ?? new Date(now.getTime() - WEEK_MS);
      const updates = await this.followService.updatesFor(follows.filter((follow) => follow.userId === settings.userId), since);
      if (updates.length) {
        const unsubscribe = this.links.unsubscribe(settings.unsubscribeToken);
        const subject = updates.length === 1 ? message('mail.digestSubjectOne') : message('mail.digestSubjectMany', { count: updates.length });
        try {
          await this.mailer.send(person.email, render(subject, settings.language), this.text(person.name, updates, unsubscribe, settings.language), {
            'List-Unsubscribe': `<${unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          });
          sent += 1;
        } catch (error) {
          // The week opens again, so the next check tries again.
          await this.settings.update({ userId: settings.userId, lastDigestAt: now }, { lastDigestAt: previous });
          this.logger.error(`Weekmail aan ${person.email} niet verstuurd (${(error as Error).message}); controleer SMTP_URL en de mailserver. Bij de volgende controle opnieuw.`);
        }
      }
    }
    return sent;
  }

  /** Moves a person's digest week on to `now`, unless another process did so first; true when this one did. */
  private async claimWeek(userId: string, previous: Date | null, now: Date): Promise<boolean> {
    // A SELECT around the UPDATE: its rows read the same on PostgreSQL and PGlite.
    const [claimed]: Array<{ n: number }> = await this.settings.query(
      `WITH claimed AS (
         UPDATE follow_settings SET last_digest_at = $1 WHERE user_id = $2 AND last_digest_at IS NOT DISTINCT FROM $3 RETURNING user_id
       ) SELECT count(*)::int AS n FROM claimed`,
      [now, userId, previous],
    );
    return claimed.n > 0;
  }

  private text(name: string, updates: FollowedUpdate[], unsubscribe: string, language: Language): string {
    const say = (...text: Parameters<typeof message>) => render(message(...text), language);
    const lines = updates.map(({ publication, via }) => `- ${say(TYPE_NOUN[publication.type])}: ${publication.title}\n  ${this.links.page(publication)}\n  (via ${via.join(', ')})`);
    return [
      say('mail.digestGreeting', { name }),
      '',
      say('mail.digestIntro'),
      '',
      ...lines,
      '',
      say('mail.digestAllInOnePlace', { url: `${this.links.base}/gevolgd` }),
      '',
      say('mail.digestUnsubscribe', { url: unsubscribe }),
    ].join('\n');
  }
}
