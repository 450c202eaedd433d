import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** What a result says: the finding holds its current content, each version the content it had. */
export abstract class FindingContentColumns {
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
}

/** A result of one project, referenced by id: the project is the projects domain's record. */
@Entity('finding')
export class FindingEntity extends FindingContentColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  @ForeignKey('project', { onDelete: 'CASCADE' })
  projectId!: string;


  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The number of the newest row in `finding_version`. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** When and why the result was last corrected: the public notice. */
  @Column({ type: 'timestamptz', nullable: true })
  correctedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;

  /** A withdrawn result stays readable at its address, marked, but leaves lists and search. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: string | null;
}

/** What a correction may change, and what each version keeps. */
export const FINDING_CONTENT = ['title', 'summary', 'kind', 'outcome', 'population', 'design', 'sampleSize', 'effectDirection', 'effectSize', 'documentLinks'] as const;
export type FindingContent = Pick<FindingEntity, (typeof FINDING_CONTENT)[number]>;

/** Every version of a finding, the current one included; rows are only ever added. */
@Entity('finding_version')
@Unique(['findingId', 'version'])
export class FindingVersionEntity extends FindingContentColumns implements FindingContent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @ForeignKey('finding', { onDelete: 'CASCADE' })
  findingId!: string;

  @Column({ type: 'integer' })
  version!: number;


  /** Why this version replaced the one before; null for the first. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Who wrote this version; null for versions from before they were kept. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('app_user', { onDelete: 'SET NULL' })
  changedById!: string | null;

  /** Set by the write, so a version and the finding's notice carry the same moment. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}

export const contentOf = (finding: FindingContent): FindingContent => Object.fromEntries(FINDING_CONTENT.map((field) => [field, finding[field]])) as FindingContent;

/** The version row that records a finding as it now stands. */
export function findingVersionOf(finding: FindingEntity, change: { changedById: string | null; changedAt: Date; reason: string | null }): Partial<FindingVersionEntity> {
  return { ...contentOf(finding), findingId: finding.id, version: finding.version, ...change };
}
