import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write: who did what to which record, when, and which fields changed from what to what. */
@Entity('audit_entry')
@Index(['subjectType', 'subjectId', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The organisation that owns the subject; its editors may read the trail. */
  @Column({ type: 'uuid', nullable: true })
  @Index()
  organizationId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 20 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** field → { before, after }; only the fields that changed. */
  @Column({ type: 'jsonb', default: {} })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
