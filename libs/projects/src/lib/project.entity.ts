import { EditorialState, ProjectStatus, TargetGroup } from '@werkkennis/kernel';
import { InterventionEntity } from '@werkkennis/interventions';
import { LearningNetworkEntity, OrganizationEntity } from '@werkkennis/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('project')
@Index(['state', 'title'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

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
  ownerOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  networkId!: string | null;

  @ManyToOne(() => LearningNetworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'network_id' })
  network?: LearningNetworkEntity;

  @ManyToMany(() => InterventionEntity)
  @JoinTable({
    name: 'project_intervention',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'intervention_id' },
  })
  interventions?: InterventionEntity[];

  @ManyToMany(() => OrganizationEntity)
  @JoinTable({
    name: 'project_partner',
    joinColumn: { name: 'project_id' },
    inverseJoinColumn: { name: 'organization_id' },
  })
  partners?: OrganizationEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
