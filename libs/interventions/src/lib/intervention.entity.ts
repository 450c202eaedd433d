import { Determinant, EvidenceLevel, TargetGroup, Track } from '@werkkennis/kernel';
import { NamedEntity } from '@werkkennis/persistence';
import { Column, Entity, UpdateDateColumn } from 'typeorm';

/** Its developers are organisations, linked by id in `intervention_developer` (INTERVENTION_DEVELOPERS). */
@Entity('intervention')
export class InterventionEntity extends NamedEntity {
  @Column({ type: 'text' })
  summary!: string;

  /** Wat: what the professional does. */
  @Column({ type: 'text' })
  whatYouDo!: string;

  /** Bejegening: how the professional treats the client while doing it. */
  @Column({ type: 'text' })
  howYouDoIt!: string;

  /** Effect: what one sees happen. */
  @Column({ type: 'text' })
  effect!: string;

  @Column({ type: 'varchar', array: true, default: '{}' })
  determinants!: Determinant[];

  @Column({ type: 'varchar', array: true, default: '{}' })
  targetGroups!: TargetGroup[];

  @Column({ type: 'varchar', array: true, default: '{}' })
  tracks!: Track[];

  @Column({ type: 'varchar', length: 40 })
  evidenceLevel!: EvidenceLevel;

  @Column({ type: 'date', nullable: true })
  evidenceRatedOn!: string | null;

  @Column({ type: 'text', default: '' })
  evidenceRationale!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  workingElements!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  sources!: string[];

  // Practical information: what a practitioner needs to start with it.
  @Column({ type: 'text', default: '' })
  durationAndIntensity!: string;

  @Column({ type: 'text', default: '' })
  costs!: string;

  @Column({ type: 'text', default: '' })
  provider!: string;

  @Column({ type: 'text', default: '' })
  contact!: string;

  @Column({ type: 'text', default: '' })
  trainingOrLicence!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  materials!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
