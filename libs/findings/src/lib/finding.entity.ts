import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';
import { ProjectEntity } from '@werkkennis/projects';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('finding')
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FindingKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome!: FindingOutcome | null;

  @Column({ type: 'text', default: '' })
  population!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  design!: StudyDesign | null;

  @Column({ type: 'integer', nullable: true })
  sampleSize!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  effectDirection!: EffectDirection | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  effectSize!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  documentLinks!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
