import { AnnotationMotivation, Perspective, TermRelationKind } from '@werkkennis/kernel';
import { UserEntity } from '@werkkennis/identity';
import { OrganizationEntity } from '@werkkennis/organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A contested term, as a SKOS concept: one preferred label, alternatives and abbreviations. */
@Entity('term')
export class TermEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  altLabels!: string[];

  @Column({ type: 'text', default: '' })
  scopeNote!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** broader / narrower / related, stored in both directions so each term reads its own rows. */
@Entity('term_relation')
export class TermRelationEntity {
  @PrimaryColumn({ type: 'uuid' })
  termId!: string;

  @PrimaryColumn({ type: 'uuid' })
  relatedTermId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: TermRelationKind;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_term_id' })
  relatedTerm?: TermEntity;
}

/** One meaning of a term, from one perspective, with its source. */
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

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: '' })
  source!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A W3C Web Annotation on a definition: a motivation and a body, by one author. */
@Entity('annotation')
export class AnnotationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  @Index()
  definitionId!: string;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: DefinitionEntity;

  @Column({ type: 'varchar', length: 20 })
  motivation!: AnnotationMotivation;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  references!: string[];

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
