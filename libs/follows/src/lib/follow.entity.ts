import type { Language } from '@werkkennis/kernel';
import type { FacetFilter } from '@werkkennis/search';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum FollowKind {
  TERM = 'TERM',
  INTERVENTION = 'INTERVENTION',
  ORGANIZATION = 'ORGANIZATION',
  /** A saved search: what someone typed and the facet values they chose. */
  SEARCH = 'SEARCH',
}

/** One thing a signed-in person follows. The person and the followed record are other domains' records, referenced by id. */
@Entity('follow')
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FollowKind;

  /** The term, intervention or organisation; null for a saved search. */
  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  /** Its name and address when it was followed, for the list and the feed's title. */
  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  targetSlug!: string | null;

  @Column({ type: 'text', nullable: true })
  query!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  filters!: FacetFilter[] | null;

  /** The secret in a saved search's feed address: whoever has the link reads the feed, nobody else. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  feedToken!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Per person: when they last looked at what they follow, and whether they get it by e-mail weekly. */
@Entity('follow_settings')
export class FollowSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastVisitedAt!: Date | null;

  /** Off until the person chooses it. */
  @Column({ type: 'boolean', default: false })
  weeklyDigest!: boolean;

  /** The secret in the unsubscribe link: it works without signing in. */
  @Column({ type: 'varchar', length: 64, unique: true })
  unsubscribeToken!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;

  /** The weekly e-mail's language: the one the person used when they turned it on. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language!: Language;
}
