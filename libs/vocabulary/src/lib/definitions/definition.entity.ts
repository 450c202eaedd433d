import { UserEntity } from '@werkkennis/identity';
import { DefinitionRelationKind, Perspective } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { TermEntity } from '../terms/term.entity';

/** One meaning of a term, from one chosen perspective, with its source (apart from who entered it): the current version. */
@Entity('definition')
export class DefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  termId!: string;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20 })
  perspective!: Perspective;

  /** The organisation on Werkkennis that published the source, if it is one; not the author's. */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The citation as one line (title, publisher, year), composed from the fields below. */
  @Column({ type: 'text', default: '' })
  source!: string;

  @Column({ type: 'text', default: '' })
  sourceTitle!: string;

  /** The source's publisher as it names itself: an outside party, or the organisation's own wording. */
  @Column({ type: 'text', default: '' })
  sourcePublisher!: string;

  @Column({ type: 'integer', nullable: true })
  sourceYear!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The number of the newest row in `definition_version`. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Every version of a definition, the current one included; rows are only ever added. */
@Entity('definition_version')
@Unique(['definitionId', 'version'])
export class DefinitionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  definitionId!: string;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: DefinitionEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', default: '' })
  source!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  /** Why it was changed, in the reviser's words; null for a first version or an import. */
  @Column({ type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ type: 'uuid' })
  changedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}

/** The version row that records a definition as it now stands. */
export function versionOf(definition: DefinitionEntity, changedById: string, changeNote: string | null = null): Partial<DefinitionVersionEntity> {
  return {
    definitionId: definition.id,
    version: definition.version,
    text: definition.text,
    source: definition.source,
    sourceUrl: definition.sourceUrl,
    changeNote,
    changedById,
  };
}

/**
 * A researcher's statement that one definition is the same as, narrower or broader than, or
 * in conflict with another of the same term. One statement per researcher per pair.
 */
@Entity('definition_relation')
@Unique(['fromDefinitionId', 'toDefinitionId', 'statedById'])
export class DefinitionRelationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  fromDefinitionId!: string;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_definition_id' })
  fromDefinition?: DefinitionEntity;

  @Column({ type: 'uuid' })
  @Index()
  toDefinitionId!: string;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_definition_id' })
  toDefinition?: DefinitionEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: DefinitionRelationKind;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  statedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stated_by_id' })
  statedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
