import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { assertKnownFacetValues, type FollowableKind, type Publication, Publications } from '@werkkennis/content-search';
import { AuthService } from '@werkkennis/identity';
import { DomainError, type Language, type MaybeActor, message, type Noun, render } from '@werkkennis/kernel';
import { UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { FollowEntity, FollowKind, FollowSettingsEntity } from './follow.entity';
import type { FollowInput } from './follow.inputs';

const NOUN: Record<FollowableKind, Noun> = { TERM: 'noun.term', INTERVENTION: 'noun.intervention', ORGANIZATION: 'noun.organization' };
const secret = () => randomBytes(24).toString('base64url');

/** The most any list of updates holds: a page, a feed, a digest. */
export const UPDATES_LIMIT = 100;

export interface FollowedUpdate {
  publication: Publication;
  /** The labels of the follows that led to it. */
  via: string[];
}

/** A follow's change for the trail: personal, so filed under no organisation (admins read it), and nothing for search. */
const followChange = (subjectType: 'FOLLOW' | 'FOLLOW_SETTINGS', subjectId: string, before: object | null, after: object | null) => ({
  subjectType,
  subjectId,
  organizationId: null,
  before,
  after,
  reindex: [],
});

/**
 * What a person follows: terms, interventions, organisations and saved searches, and what
 * became public about them since they last looked. Each person sees and changes only their own.
 */
@Injectable()
export class FollowService {
  constructor(
    @InjectRepository(FollowEntity) private readonly follows: Repository<FollowEntity>,
    @InjectRepository(FollowSettingsEntity) private readonly settingsRows: Repository<FollowSettingsEntity>,
    private readonly publications: Publications,
    private readonly writes: UnitOfWork,
    private readonly people: AuthService,
  ) {}

  async mine(actor: MaybeActor): Promise<FollowEntity[]> {
    if (!actor) throw DomainError.unauthenticated();
    return this.follows.find({ where: { userId: actor.userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async settings(actor: MaybeActor): Promise<FollowSettingsEntity> {
    if (!actor) throw DomainError.unauthenticated();
    return (await this.settingsRows.findOneBy({ userId: actor.userId })) ?? this.settingsRows.create({ userId: actor.userId, weeklyDigest: false, lastVisitedAt: null, lastDigestAt: null, language: 'nl' });
  }

  /** Following the same term, intervention or organisation twice keeps the one follow. */
  follow(actor: MaybeActor, input: FollowInput): Promise<FollowEntity> {
    return this.writes.run(actor, 'follow.change', async (write) => {
      const userId = write.actor.userId;
      if (input.kind === FollowKind.SEARCH) {
        const filters = (input.filters ?? []).filter((filter) => filter.values.length);
        const query = input.query?.trim() ?? '';
        if (!query && !filters.length) throw DomainError.invalidInput({ query: [message('validation.emptySavedSearch')] });
        assertKnownFacetValues(filters);
        const saved = await write.manager.save(
          write.manager.create(FollowEntity, { userId, kind: input.kind, label: query || render(message('follow.filtersOnly'), 'nl'), query, filters, feedToken: secret(), targetId: null, targetSlug: null }),
        );
        write.record(followChange('FOLLOW', saved.id, null, saved));
        return saved;
      }
      if (!input.targetId) throw DomainError.invalidInput({ targetId: [message('validation.required')] });
      const subject = await this.publications.subject(input.kind, { id: input.targetId });
      if (!subject) throw DomainError.notFound(NOUN[input.kind], input.targetId);
      const existing = await write.manager.findOneBy(FollowEntity, { userId, kind: input.kind, targetId: subject.id });
      if (existing) return existing;
      const saved = await write.manager.save(write.manager.create(FollowEntity, { userId, kind: input.kind, targetId: subject.id, targetSlug: subject.slug, label: subject.title, query: null, filters: null, feedToken: null }));
      write.record(followChange('FOLLOW', saved.id, null, saved));
      return saved;
    });
  }

  unfollow(actor: MaybeActor, id: string): Promise<boolean> {
    return this.writes.run(actor, 'follow.change', async (write) => {
      const follow = await write.load(FollowEntity, id, 'noun.follow', { visible: (row) => row.userId === write.actor.userId });
      await write.manager.delete(FollowEntity, { id: follow.id });
      write.record(followChange('FOLLOW', follow.id, follow, null));
      return true;
    });
  }

  /** The Gevolgd page was seen: what it showed is no longer new. */
  markSeen(actor: MaybeActor): Promise<FollowSettingsEntity> {
    return this.changeSettings(actor, (settings) => Object.assign(settings, { lastVisitedAt: new Date() }));
  }

  /** Turned on, the e-mail comes in the language the person asked in; turned off, that stays as it was. */
  setWeeklyDigest(actor: MaybeActor, weekly: boolean, language?: Language): Promise<FollowSettingsEntity> {
    return this.changeSettings(actor, (settings) => Object.assign(settings, { weeklyDigest: weekly }, weekly && language ? { language } : {}));
  }

  /** What became public about what the person follows since their last visit (everything the first time), newest first. */
  async news(actor: MaybeActor): Promise<{ since: Date | null; updates: FollowedUpdate[] }> {
    const since = (await this.settings(actor)).lastVisitedAt;
    return { since, updates: await this.updatesFor(await this.mine(actor), since) };
  }

  /** The updates of several follows merged: each publication once, with every follow that led to it. */
  async updatesFor(follows: FollowEntity[], since: Date | null): Promise<FollowedUpdate[]> {
    const byId = new Map<string, FollowedUpdate>();
    // Each follow is its own query or search: asked all at once, merged in the order followed.
    const perFollow = await Promise.all(follows.map((follow) => this.publicationsOf(follow, since)));
    for (const [index, follow] of follows.entries()) {
      for (const publication of perFollow[index]) {
        const known = byId.get(publication.id);
        if (known) known.via.push(follow.label);
        else byId.set(publication.id, { publication, via: [follow.label] });
      }
    }
    return [...byId.values()].sort((a, b) => b.publication.publishedAt.getTime() - a.publication.publishedAt.getTime()).slice(0, UPDATES_LIMIT);
  }

  /** What one follow brings: a term and a saved search are searches; an organisation and an intervention are their own content. */
  publicationsOf(follow: FollowEntity, since: Date | null, limit = UPDATES_LIMIT): Promise<Publication[]> {
    switch (follow.kind) {
      case FollowKind.ORGANIZATION:
        return this.publications.list({ since, organizationId: follow.targetId!, limit });
      case FollowKind.INTERVENTION:
        return this.publications.list({ since, interventionId: follow.targetId!, limit });
      case FollowKind.TERM:
        return this.publications.matching({ query: follow.label, filters: [] }, { since, limit });
      case FollowKind.SEARCH:
        return this.publications.matching({ query: follow.query ?? '', filters: follow.filters ?? [] }, { since, limit });
    }
  }

  /**
   * The unsubscribe link of the digest: it works without signing in, so the token speaks for its
   * person, and the change joins the trail as theirs. False for a link that names nobody.
   */
  async unsubscribe(token: string): Promise<boolean> {
    const settings = token ? await this.settingsRows.findOneBy({ unsubscribeToken: token }) : null;
    const [person] = settings ? await this.people.byIds([settings.userId]) : [null];
    if (!person) return false;
    await this.setWeeklyDigest({ userId: person.id, role: person.role, organizationId: person.organizationId }, false);
    return true;
  }

  /** The saved search behind a feed's secret link, or null. */
  bySearchFeedToken(token: string): Promise<FollowEntity | null> {
    return this.follows.findOneBy({ kind: FollowKind.SEARCH, feedToken: token });
  }

  private changeSettings(actor: MaybeActor, change: (settings: FollowSettingsEntity) => void): Promise<FollowSettingsEntity> {
    return this.writes.run(actor, 'follow.change', async (write) => {
      const settings = await this.settingsForChange(write);
      const before = { ...settings };
      change(settings);
      const saved = await write.manager.save(settings);
      write.record(followChange('FOLLOW_SETTINGS', saved.userId, before, saved));
      return saved;
    });
  }

  private async settingsForChange(write: WriteContext): Promise<FollowSettingsEntity> {
    const userId = write.actor.userId;
    const existing = await write.manager.findOne(FollowSettingsEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
    return existing ?? write.manager.create(FollowSettingsEntity, { userId, weeklyDigest: false, lastVisitedAt: null, lastDigestAt: null, unsubscribeToken: secret(), language: 'nl' });
  }
}
