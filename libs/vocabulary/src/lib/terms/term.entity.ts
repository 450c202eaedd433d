import { TermRelationKind, TermStatus } from '@werkkennis/kernel';
import { SluggedEntity } from '@werkkennis/persistence';
import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A statement about a term that has no field of its own, kept so the export states it again:
 * a mapping to another vocabulary (exactMatch …), a notation, an example, a hidden label, a
 * note, a label or scope note in a language other than Dutch and English, or a source
 * document of the concept itself (dcterms:source).
 */
export interface TermStatement {
  /** The SKOS property's local name, such as `exactMatch` or `hiddenLabel`; `source` is dcterms:source. */
  property: string;
  /** An IRI, or a literal's text. */
  value: string;
  /** Set for an IRI (mapping relations, an example that is a resource). */
  iri?: true;
  language?: string;
  /** A literal's datatype other than a plain or language-tagged string. */
  datatype?: string;
  /** A source document's title, so the export describes the document as NL-SBB asks. */
  title?: { text: string; language: string };
}

/** A named group of terms (skos:Collection), such as "Bewijs en effect". */
@Entity('term_collection')
export class TermCollectionEntity extends SluggedEntity {
  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  labelEn!: string | null;

  /** The collection's own URI when it was imported from another vocabulary; ours are derived from the slug. */
  @Column({ type: 'varchar', length: 500, nullable: true, unique: true })
  uri!: string | null;
}

/** The membership link table, read from either side: a term's collections, a collection's terms. */
export const TERM_COLLECTION_MEMBERS = { table: 'term_collection_member', ownerColumn: 'term_id', targetColumn: 'collection_id' } as const;
export const COLLECTION_MEMBERS = { table: 'term_collection_member', ownerColumn: 'collection_id', targetColumn: 'term_id' } as const;

/**
 * A contested term, as a SKOS concept: preferred and alternative labels in Dutch and English,
 * abbreviations, a scope note, a plain-language explanation (B1, as NL-SBB asks) and a status.
 */
@Entity('term')
export class TermEntity extends SluggedEntity {
  /** skos:prefLabel in Dutch. */
  @Column({ type: 'varchar', length: 200 })
  label!: string;

  /** skos:prefLabel in English. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  labelEn!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  altLabelsNl!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  altLabelsEn!: string[];

  /** Abbreviations such as EBP; language-neutral alternative labels. */
  @Column({ type: 'text', array: true, default: '{}' })
  abbreviations!: string[];

  @Column({ type: 'text', default: '' })
  scopeNote!: string;

  /** Uitleg in begrijpelijke taal (B1): what a reader without the jargon needs. */
  @Column({ type: 'text', default: '' })
  plainExplanation!: string;

  @Column({ type: 'varchar', length: 20, default: TermStatus.PROPOSED })
  status!: TermStatus;

  /** The concept's own URI when it was imported from another vocabulary; ours are derived from the slug. */
  @Column({ type: 'varchar', length: 500, nullable: true, unique: true })
  uri!: string | null;

  /** What an import brought in beyond the fields above; see TermStatement. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  otherStatements!: TermStatement[];

  @ManyToMany(() => TermCollectionEntity)
  @JoinTable({
    name: TERM_COLLECTION_MEMBERS.table,
    joinColumn: { name: TERM_COLLECTION_MEMBERS.ownerColumn },
    inverseJoinColumn: { name: TERM_COLLECTION_MEMBERS.targetColumn },
  })
  collections?: TermCollectionEntity[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * Every name besides the Dutch preferred label, in any language, abbreviations included:
   * what search treats as synonyms and what the public contract calls `altLabels`.
   */
  get altLabels(): string[] {
    return [...new Set([this.labelEn, ...this.altLabelsNl, ...this.altLabelsEn, ...this.abbreviations].filter((label): label is string => !!label))];
  }
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

export const INVERSE_TERM_RELATION: Record<TermRelationKind, TermRelationKind> = {
  BROADER: TermRelationKind.NARROWER,
  NARROWER: TermRelationKind.BROADER,
  RELATED: TermRelationKind.RELATED,
};
