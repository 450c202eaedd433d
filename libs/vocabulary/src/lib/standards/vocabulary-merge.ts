import { UserEntity } from '@werkkennis/identity';
import { type Actor, isUuid, LIMITS, Perspective, slugify, TermRelationKind, TermStatus } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { freeSlug, linkedIds, type WriteContext } from '@werkkennis/persistence';
import { type EntityManager, IsNull } from 'typeorm';
import { DefinitionEntity, DefinitionVersionEntity, versionOf } from '../definitions/definition.entity';
import { COLLECTION_MEMBERS, INVERSE_TERM_RELATION, TermCollectionEntity, TermEntity, TermRelationEntity } from '../terms/term.entity';
import type { VocabularyUris } from '../vocabulary-uris';
import type { ReadCollection, ReadConcept, ReadDefinition } from './skos-reader';

export enum ImportedItemKind {
  TERM = 'TERM',
  DEFINITION = 'DEFINITION',
  COLLECTION = 'COLLECTION',
}

export interface ImportedItem {
  kind: ImportedItemKind;
  uri: string;
  label: string;
}

export interface ImportReport {
  added: ImportedItem[];
  changed: ImportedItem[];
  refused: { uri: string; reason: string }[];
  unchanged: number;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_LENGTH = 100;
const URL_LENGTH = 500;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type DescribedFields = Pick<TermEntity, 'label' | 'labelEn' | 'altLabelsNl' | 'altLabelsEn' | 'abbreviations' | 'scopeNote' | 'plainExplanation' | 'status'>;

/** What the file states about a concept; left out, a property keeps its stored value. */
function statedFields(concept: ReadConcept, label: string): Partial<DescribedFields> {
  const fields: Partial<DescribedFields> = { label };
  if (concept.labelEn) fields.labelEn = concept.labelEn;
  if (concept.altLabelsNl.length) fields.altLabelsNl = concept.altLabelsNl;
  if (concept.altLabelsEn.length) fields.altLabelsEn = concept.altLabelsEn;
  if (concept.abbreviations.length) fields.abbreviations = concept.abbreviations;
  if (concept.scopeNote) fields.scopeNote = concept.scopeNote;
  if (concept.plainExplanation) fields.plainExplanation = concept.plainExplanation;
  if (concept.status) fields.status = concept.status as TermStatus;
  return fields;
}

/**
 * Merges one read SKOS file into the vocabulary, inside the import's transaction: concepts and
 * collections by URI, then relations, memberships and definitions. A concept's stated
 * properties replace the stored ones; links and definitions are added, never removed. What
 * cannot be taken in is refused with a reason and the rest goes on; the caller's transaction
 * makes it all or nothing when something fails outright.
 */
export class VocabularyMerge {
  private readonly added = new Map<string, ImportedItem>();
  private readonly changed = new Map<string, ImportedItem>();
  private readonly refused: ImportReport['refused'] = [];
  private unchanged = 0;
  private readonly termByUri = new Map<string, TermEntity>();
  private readonly manager: EntityManager;
  private readonly importer: Actor;

  /** Every change is recorded in the import's unit of work, so the trail and the index see all of it. */
  constructor(
    private readonly write: WriteContext,
    private readonly uris: VocabularyUris,
  ) {
    this.manager = write.manager;
    this.importer = write.actor;
  }

  async run(concepts: ReadConcept[], collections: ReadCollection[]): Promise<ImportReport> {
    for (const concept of concepts) await this.mergeConcept(concept);
    for (const concept of concepts) if (this.termByUri.has(concept.uri)) await this.mergeRelations(concept);
    for (const collection of collections) await this.mergeCollection(collection);
    for (const concept of concepts) {
      const term = this.termByUri.get(concept.uri);
      if (term) for (const definition of concept.definitions) await this.mergeDefinition(definition, term, concept.uri);
    }
    return { added: [...this.added.values()], changed: [...this.changed.values()], refused: this.refused, unchanged: this.unchanged };
  }

  private report(outcome: 'added' | 'changed' | 'unchanged', item: ImportedItem): void {
    const key = `${item.kind}:${item.uri}`;
    if (outcome === 'added') this.added.set(key, item);
    else if (outcome === 'changed' && !this.added.has(key)) this.changed.set(key, item);
    else if (outcome === 'unchanged') this.unchanged += 1;
  }

  private refuse(uri: string, reason: string): void {
    this.refused.push({ uri, reason });
  }

  /** One of our URIs finds the term by slug; anyone else's by the URI the term was imported with. */
  private async findTerm(uri: string): Promise<TermEntity | null> {
    const known = this.termByUri.get(uri);
    if (known) return known;
    const slug = this.uris.keyIn('terms', uri);
    return this.manager.findOne(TermEntity, { where: [{ uri }, ...(slug ? [{ slug, uri: IsNull() }] : [])] });
  }

  /** A new row's slug and stored URI: our own URI keeps its slug; another vocabulary's URI is remembered. */
  private async identity<E extends TermEntity | TermCollectionEntity>(kind: 'terms' | 'collections', entity: new () => E, uri: string, label: string) {
    const own = this.uris.keyIn(kind, uri);
    if (own && SLUG.test(own) && own.length <= SLUG_LENGTH && !(await this.manager.existsBy(entity, { slug: own } as never))) return { slug: own, uri: null };
    return { slug: await freeSlug(this.manager, entity, slugify(label)), uri };
  }

  private async mergeConcept(concept: ReadConcept): Promise<void> {
    if (!concept.labelNl) return this.refuse(concept.uri, 'Geen voorkeursterm in het Nederlands (skos:prefLabel met @nl of zonder taal).');
    const tooLong = [concept.labelNl, concept.labelEn, ...concept.altLabelsNl, ...concept.altLabelsEn, ...concept.abbreviations].find((label) => label && label.length > LIMITS.title);
    if (tooLong) return this.refuse(concept.uri, `Term langer dan ${LIMITS.title} tekens: "${tooLong.slice(0, 40)}…".`);
    if (concept.status && !Object.values<string>(TermStatus).includes(concept.status)) {
      return this.refuse(concept.uri, `Onbekende status "${concept.status}"; gebruik ${Object.values(TermStatus).join(', ')}.`);
    }
    const existing = await this.findTerm(concept.uri);
    const namesake = await this.manager.createQueryBuilder(TermEntity, 'term').where('lower(term.label) = lower(:label)', { label: concept.labelNl }).getOne();
    if (namesake && namesake.id !== existing?.id) {
      return this.refuse(concept.uri, `Het begrip "${namesake.label}" bestaat al onder een andere URI (${this.uris.term(namesake)}).`);
    }
    const fields = statedFields(concept, concept.labelNl);
    const item = { kind: ImportedItemKind.TERM, uri: concept.uri, label: concept.labelNl };
    if (existing) {
      this.termByUri.set(concept.uri, existing);
      if (Object.entries(fields).every(([field, value]) => same(existing[field as keyof DescribedFields], value))) return this.report('unchanged', item);
      const before = { ...existing };
      await this.manager.save(Object.assign(existing, fields));
      this.recordTerm(existing.id, before, existing);
      return this.report('changed', item);
    }
    // An imported vocabulary was agreed elsewhere: without a status its terms are preferred.
    const created = await this.manager.save(
      this.manager.create(TermEntity, { status: TermStatus.PREFERRED, ...fields, ...(await this.identity('terms', TermEntity, concept.uri, concept.labelNl)) }),
    );
    this.termByUri.set(concept.uri, created);
    this.recordTerm(created.id, null, created);
    this.report('added', item);
  }

  private recordTerm(termId: string, before: object | null, after: object, alsoReindex: string[] = []): void {
    this.write.record({
      action: 'term.import',
      subjectType: 'TERM',
      subjectId: termId,
      organizationId: this.importer.organizationId,
      before,
      after,
      reindex: [termId, ...alsoReindex].map((id) => ({ type: 'TERM' as const, id })),
    });
  }

  /** Adds the file's broader/narrower/related links in both directions; links the file does not name stay. */
  private async mergeRelations(concept: ReadConcept): Promise<void> {
    const term = this.termByUri.get(concept.uri)!;
    const stated: [TermRelationKind, string[]][] = [
      [TermRelationKind.BROADER, concept.broader],
      [TermRelationKind.NARROWER, concept.narrower],
      [TermRelationKind.RELATED, concept.related],
    ];
    const existing = new Set((await this.manager.findBy(TermRelationEntity, { termId: term.id })).map((row) => `${row.relatedTermId}/${row.kind}`));
    const before = [...existing];
    const targets: string[] = [];
    for (const [kind, targetUris] of stated) {
      for (const targetUri of targetUris) {
        const target = await this.findTerm(targetUri);
        if (!target) {
          this.refuse(concept.uri, `skos:${kind.toLowerCase()} verwijst naar een onbekend begrip (${targetUri}); importeer dat begrip mee.`);
          continue;
        }
        if (target.id === term.id || existing.has(`${target.id}/${kind}`)) continue;
        await this.manager
          .createQueryBuilder()
          .insert()
          .into(TermRelationEntity)
          .values([
            { termId: term.id, relatedTermId: target.id, kind },
            { termId: target.id, relatedTermId: term.id, kind: INVERSE_TERM_RELATION[kind] },
          ])
          .orIgnore()
          .execute();
        existing.add(`${target.id}/${kind}`);
        targets.push(target.id);
      }
    }
    if (targets.length) {
      // The related terms' documents list this term too.
      this.recordTerm(term.id, { relations: before }, { relations: [...existing] }, targets);
      this.report('changed', { kind: ImportedItemKind.TERM, uri: concept.uri, label: term.label });
    }
  }

  private async mergeCollection(collection: ReadCollection): Promise<void> {
    if (!collection.labelNl) return this.refuse(collection.uri, 'Collectie zonder naam in het Nederlands (skos:prefLabel).');
    const slug = this.uris.keyIn('collections', collection.uri);
    let row = await this.manager.findOne(TermCollectionEntity, { where: [{ uri: collection.uri }, ...(slug ? [{ slug, uri: IsNull() }] : [])] });
    const item = { kind: ImportedItemKind.COLLECTION, uri: collection.uri, label: collection.labelNl };
    let outcome: 'added' | 'changed' | 'unchanged' = 'unchanged';
    const before = row && { label: row.label, labelEn: row.labelEn };
    if (!row) {
      const identity = await this.identity('collections', TermCollectionEntity, collection.uri, collection.labelNl);
      row = await this.manager.save(this.manager.create(TermCollectionEntity, { label: collection.labelNl, labelEn: collection.labelEn, ...identity }));
      outcome = 'added';
    } else if (row.label !== collection.labelNl || row.labelEn !== collection.labelEn) {
      row = await this.manager.save(Object.assign(row, { label: collection.labelNl, labelEn: collection.labelEn }));
      outcome = 'changed';
    }
    const memberIds = new Set((await linkedIds(this.manager, COLLECTION_MEMBERS, [row.id])).get(row.id));
    const membersBefore = [...memberIds];
    for (const memberUri of collection.memberUris) {
      const term = await this.findTerm(memberUri);
      if (!term) {
        this.refuse(collection.uri, `skos:member verwijst naar een onbekend begrip (${memberUri}).`);
        continue;
      }
      if (memberIds.has(term.id)) continue;
      await this.manager.createQueryBuilder().relation(TermEntity, 'collections').of(term.id).add(row.id);
      memberIds.add(term.id);
      if (outcome === 'unchanged') outcome = 'changed';
    }
    if (outcome !== 'unchanged') {
      this.write.record({
        action: 'termCollection.import',
        subjectType: 'TERM_COLLECTION',
        subjectId: row.id,
        organizationId: this.importer.organizationId,
        before: before && { ...before, memberIds: membersBefore },
        after: { label: row.label, labelEn: row.labelEn, memberIds: [...memberIds] },
        reindex: [],
      });
    }
    this.report(outcome, item);
  }

  private async mergeDefinition(read: ReadDefinition, term: TermEntity, conceptUri: string): Promise<void> {
    const where = read.uri ?? conceptUri;
    if (!read.text?.trim()) return this.refuse(where, 'Definitie zonder tekst (rdf:value).');
    if (!read.perspective || !Object.values<string>(Perspective).includes(read.perspective)) {
      return this.refuse(where, `Definitie zonder geldig perspectief (wk:perspective); kies uit ${Object.values(Perspective).join(', ')}.`);
    }
    if (read.sourceUrl && (!/^https?:\/\//.test(read.sourceUrl) || read.sourceUrl.length > URL_LENGTH)) {
      return this.refuse(where, `De bronlink (dcterms:source) is geen webadres van hoogstens ${URL_LENGTH} tekens.`);
    }
    const perspective = read.perspective as Perspective;
    const ownId = read.uri ? this.uris.keyIn('definitions', read.uri) : null;
    const existing =
      ownId && isUuid(ownId)
        ? await this.manager.findOneBy(DefinitionEntity, { id: ownId })
        : await this.manager.findOneBy(DefinitionEntity, { termId: term.id, perspective, text: read.text });
    if (existing && existing.termId !== term.id) return this.refuse(where, 'Deze definitie hoort bij een ander begrip.');
    // As with concepts: what the file states wins, what it leaves out stays.
    const organizationId = read.publisherUri ? await this.organizationId(read.publisherUri) : (existing?.organizationId ?? null);
    const versioned = { text: read.text, source: read.citation ?? existing?.source ?? '', sourceUrl: read.sourceUrl ?? existing?.sourceUrl ?? null };
    const item = { kind: ImportedItemKind.DEFINITION, uri: where, label: `${term.label} (${perspective})` };

    if (!existing) {
      const authorId = await this.authorId(read.creatorUri);
      const created = await this.manager.save(
        this.manager.create(DefinitionEntity, { ...(ownId && isUuid(ownId) ? { id: ownId } : {}), termId: term.id, perspective, organizationId, authorId, version: 1, ...versioned }),
      );
      await this.manager.insert(DefinitionVersionEntity, versionOf(created, authorId));
      this.recordDefinition(null, created);
      return this.report('added', { ...item, uri: read.uri ?? this.uris.definition(created.id) });
    }
    const newVersion = !same([existing.text, existing.source, existing.sourceUrl], [versioned.text, versioned.source, versioned.sourceUrl]);
    if (!newVersion && existing.perspective === perspective && existing.organizationId === organizationId) return this.report('unchanged', item);
    const before = { ...existing };
    Object.assign(existing, { perspective, organizationId }, newVersion ? { ...versioned, version: existing.version + 1 } : {});
    const saved = await this.manager.save(existing);
    if (newVersion) await this.manager.insert(DefinitionVersionEntity, versionOf(saved, this.importer.userId));
    this.recordDefinition(before, saved);
    this.report('changed', item);
  }

  private recordDefinition(before: object | null, after: DefinitionEntity): void {
    this.write.record({
      action: 'definition.import',
      subjectType: 'DEFINITION',
      subjectId: after.id,
      organizationId: this.importer.organizationId,
      before,
      after,
      reindex: [{ type: 'TERM', id: after.termId }],
    });
  }

  /** One of our organisations by slug; anyone else's organisation is not known here. */
  private async organizationId(publisherUri: string): Promise<string | null> {
    const slug = this.uris.keyIn('organizations', publisherUri);
    if (!slug) return null;
    return (await this.manager.findOne(OrganizationEntity, { where: { slug }, select: { id: true } }))?.id ?? null;
  }

  /** The author when the file names one of our people; otherwise the admin who imports. */
  private async authorId(creatorUri: string | null): Promise<string> {
    const id = creatorUri && this.uris.keyIn('people', creatorUri);
    if (id && isUuid(id) && (await this.manager.existsBy(UserEntity, { id }))) return id;
    return this.importer.userId;
  }
}
