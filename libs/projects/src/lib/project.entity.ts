import { EditorialState, ProjectStatus, TargetGroup } from '@werkkennis/kernel';
import { SluggedEntity } from '@werkkennis/persistence';
import { Column, Entity, ForeignKey, Index, UpdateDateColumn } from 'typeorm';

/**
 * Other domains' records are referenced by id only: the foreign keys name their tables, and the
 * interventions and partners are link rows (PROJECT_INTERVENTIONS, PROJECT_PARTNERS).
 */
@Entity('project')
@Index(['state', 'title'])
export class ProjectEntity extends SluggedEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Aanleiding. */
  @Column({ type: 'text', default: '' })
  reason!: string;

  /** Achtergrond. */
  @Column({ type: 'text', default: '' })
  background!: string;

  /** Doel. */
  @Column({ type: 'text', default: '' })
  goal!: string;

  /** Verwachte resultaten. */
  @Column({ type: 'text', default: '' })
  expectedResults!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ProjectStatus;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMonths!: number | null;

  @Column({ type: 'text', array: true, default: '{}' })
  leads!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  funders!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  @Column({ type: 'varchar', array: true, default: '{}' })
  targetGroups!: TargetGroup[];

  @Column({ type: 'varchar', length: 20 })
  state!: EditorialState;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** The lead organisation; its editors own the project. */
  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('organization', { onDelete: 'RESTRICT' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('learning_network', { onDelete: 'SET NULL' })
  networkId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
