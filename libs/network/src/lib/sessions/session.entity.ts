import { Perspective } from '@werkkennis/kernel';
import { SluggedEntity } from '@werkkennis/persistence';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** What kind of meeting a session was: the series the ministry's study held, and anything else. */
export enum SessionKind {
  EXPERTBIJEENKOMST = 'EXPERTBIJEENKOMST',
  STAKEHOLDERBIJEENKOMST = 'STAKEHOLDERBIJEENKOMST',
  AFTER_SESSIE_KENNISINSTELLINGEN = 'AFTER_SESSIE_KENNISINSTELLINGEN',
  OVERIG = 'OVERIG',
}

/** A meeting of the network where organisations compared what contested terms mean to them. */
@Entity('network_session')
export class SessionEntity extends SluggedEntity {
  @Column({ type: 'varchar', length: 40 })
  kind!: SessionKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The day it was held (ISO date). */
  @Column({ type: 'date' })
  @Index()
  heldOn!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('organization', { onDelete: 'RESTRICT' })
  organiserId!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Who recorded the report; their colleagues and admins keep it current. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('app_user', { onDelete: 'SET NULL' })
  recordedById!: string | null;

  /** The recorder's organisation when it was recorded. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organization', { onDelete: 'SET NULL' })
  recordedForId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An organisation at the table, and the perspective it brought. */
@Entity('network_session_participant')
export class SessionParticipantEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('network_session', { onDelete: 'CASCADE' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('organization', { onDelete: 'RESTRICT' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 20 })
  perspective!: Perspective;

  /** What this organisation brought in, in the report's words. */
  @Column({ type: 'text', default: '' })
  contribution!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/**
 * A term on the agenda and what came of it: where the perspectives meet, where they still
 * differ, what was agreed to do next, and the vocabulary work it led to (by id: the
 * vocabulary owns those records; a deleted one simply drops out of the report).
 */
@Entity('network_session_term')
@Unique(['sessionId', 'termId'])
export class SessionTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('network_session', { onDelete: 'CASCADE' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('term', { onDelete: 'CASCADE' })
  termId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', default: '' })
  meetingPoints!: string;

  @Column({ type: 'text', default: '' })
  differences!: string;

  @Column({ type: 'text', default: '' })
  followUp!: string;

  @Column({ type: 'uuid', array: true, default: '{}' })
  definitionIds!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  relationIds!: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  annotationIds!: string[];
}

export const SESSION_ENTITIES = [SessionEntity, SessionParticipantEntity, SessionTermEntity];
