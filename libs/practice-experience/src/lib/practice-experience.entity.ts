import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Whether the practitioner would use the intervention again. */
export enum WouldUseAgain {
  JA = 'JA',
  NEE = 'NEE',
  HANGT_ERAF = 'HANGT_ERAF',
}

/**
 * What one practitioner or editor saw when working with an intervention: practice-based
 * knowledge beside the evidence, never part of it. The intervention and the people are other
 * domains' records, referenced by id.
 */
@Entity('practice_experience')
export class PracticeExperienceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('intervention', { onDelete: 'CASCADE' })
  interventionId!: string;

  /** Null once the account is gone: the experience stays, unsigned. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('app_user', { onDelete: 'SET NULL' })
  authorId!: string | null;

  /** The context, in the author's words: where they work, and with whom. */
  @Column({ type: 'varchar', length: 200 })
  organizationName!: string;

  @Column({ type: 'varchar', length: 200 })
  targetGroup!: string;

  @Column({ type: 'text' })
  whatWorked!: string;

  @Column({ type: 'text' })
  whatDidNotWork!: string;

  @Column({ type: 'varchar', length: 20 })
  wouldUseAgain!: WouldUseAgain;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The one response of the intervention's developers. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organization', { onDelete: 'SET NULL' })
  respondingOrganizationId!: string | null;

  /** Hidden by an admin: gone from the page and search; the reason stays here and in the trail. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason!: string | null;
}
