import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change that the search index still has to take in. Written in the same transaction as
 * the change itself, so the index can never miss one, even while the engine is down.
 */
@Entity('outbox')
@Index(['processedAt', 'availableAt'])
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** What changed: PROJECT, INTERVENTION, FINDING or TERM. */
  @Column({ type: 'varchar', length: 20 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Not before this moment: retries back off. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
