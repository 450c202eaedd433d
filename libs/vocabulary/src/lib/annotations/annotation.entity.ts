import { UserEntity } from '@werkkennis/identity';
import { AnnotationMotivation } from '@werkkennis/kernel';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DefinitionEntity } from '../definitions/definition.entity';

/**
 * A W3C Web Annotation on a definition: a motivation and a Markdown body by one author,
 * optionally on a quoted span (TextQuoteSelector and TextPositionSelector) and optionally a reply in a thread.
 */
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

  /** The definition's version when the annotation was made: later versions may no longer say what it answers. */
  @Column({ type: 'integer' })
  definitionVersion!: number;

  /** The annotation this one answers; replies go when their thread goes. */
  @Column({ type: 'uuid', nullable: true })
  @Index()
  replyToId!: string | null;

  @ManyToOne(() => AnnotationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_to_id' })
  replyTo?: AnnotationEntity;

  @Column({ type: 'varchar', length: 20 })
  motivation!: AnnotationMotivation;

  /** Markdown. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  references!: string[];

  /** TextQuoteSelector: the quoted words, and the text just before and after them when quoted. */
  @Column({ type: 'text', nullable: true })
  quoteExact!: string | null;

  @Column({ type: 'text', default: '' })
  quotePrefix!: string;

  @Column({ type: 'text', default: '' })
  quoteSuffix!: string;

  /** TextPositionSelector: where the quote stood in the version it was made on; the hint for finding it again. */
  @Column({ type: 'integer', nullable: true })
  quoteStart!: number | null;

  @Column({ type: 'integer', nullable: true })
  quoteEnd!: number | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** When the author last changed what it says; null if never. */
  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
