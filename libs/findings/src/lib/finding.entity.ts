import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A result of one project, referenced by id: the project is the projects domain's record. */
@Entity('finding')
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('project', { onDelete: 'CASCADE' })
  projectId!: string;

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
