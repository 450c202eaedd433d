import { UserEntity } from '@werkkennis/identity';
import { type Actor, isUuid, LIMITS, type Message, message, Perspective, slugify, TermRelationKind, TermStatus } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { freeSlug, linkedIds, type WriteContext } from '@werkkennis/persistence';
import { type EntityManager, IsNull } from 'typeorm';
import { DefinitionEntity, DefinitionVersionEntity, versionOf } from '../definitions/definition.entity';
import { COLLECTION_MEMBERS, INVERSE_TERM_RELATION, TermCollectionEntity, TermEntity, TermRelationEntity } from '../terms/term.entity';
import type { VocabularyUris } from '../vocabulary-uris';
import { NAMESPACES } from './json-ld-context';
import { inOrder, type ReadCollection, type ReadConcept, type ReadDefinition } from './skos-reader';

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

export interface RefusedItem {
  uri: string;
  reason: Message;
}

export interface MergeOutcome {
  added: ImportedItem[];
  changed: ImportedItem[];
  refused: RefusedItem[];
  unchanged: number;
  /** Why the file's triples about a refused thing were not kept: by subject, and by single triple (`s p o` in N-Triples ids). */
  refusedSubjects: Map<string, Message>;
  refusedTriples: Map<string, Message>;
  /** Nodes of the file that are stored under another IRI (a blank-node definition, a definition of another vocabulary). */
  renamed: Map<string, string>;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_LENGTH = 100;
const URL_LENGTH = 500;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** RDF keeps no order: labels and statements compare as sets, so a file that only reorders them changes nothing. */
const sameSet = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? same(a.map(canonical).sort(), b.map(canonical).sort()) : same(a, b));
/** The database (jsonb) gives an object's keys back in its own order. */
const canonical = (item: unknown) =>
  JSON.stringify(item, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
const skos = (local: string) => `${NAMESPACES.skos}${local}`;
/** A plain skos:definition is a literal: its node id is the quoted text. */
const isLiteral = (node: string) => node.startsWith('"');
const tripleKey = (subject: string, predicate: string, object: string) => `${subject} ${predicate} ${object}`;

type DescribedFields = Pick<
  TermEntity,
  'label' | 'labelEn' | 'altLabelsNl' | 'altLabelsEn' | 'abbreviations' | 'scopeNote' | 'plainExplanation' | 'status' | 'otherStatements'
>;

/** What the file states about a concept; left out, a property keeps its stored value. */
function statedFields(concept: ReadConcept, label: string, stored: TermEntity | null): Partial<DescribedFields> {
  const fields: Partial<DescribedFields> = { label };
  if (concept.labelEn) fields.labelEn = concept.labelEn;
  if (concept.altLabelsNl.length) fields.altLabelsNl = concept.altLabelsNl;
  if (concept.altLabelsEn.length) fields.altLabelsEn = concept.altLabelsEn;
  if (concept.abbreviations.length) fields.abbreviations = concept.abbreviations;
  if (concept.scopeNote) fields.scopeNote = concept.scopeNote;
  if (concept.plainExplanation) fields.plainExplanation = concept.plainExplanation;
  if (concept.status) fields.status = concept.status as TermStatus;
  if (concept.otherStatements.length) {
    // Per property, as with the fields: a file that states exactMatch replaces the stored mappings of that kind and leaves the notations.
    const stated = new Set(concept.otherStatements.map((statement) => statement.property));
    fields.otherStatements = inOrder([...(stored?.otherStatements ?? []).filter((statement) => !stated.has(statement.property)), ...concept.otherStatements]);
  }
  return fields;
}

/** What SKOS and NL-SBB forbid within one concept: two preferred labels in a language, a label that is both preferred and alternative or hidden, a mapping that is both exact and broad. */
function clashIn(concept: ReadConcept): Message | null {
  const preferred = new Map<string, string[]>();
  for (const label of concept.labels.filter((item) => item.property === 'prefLabel')) preferred.set(label.language, [...(preferred.get(label.language) ?? []), label.value]);
  for (const [language, labels] of preferred) {
    if (new Set(labels).size > 1) return message('vocabulary.import.twoPrefLabels', { language, labels: labels.map((label) => `"${label}"`).join(', ') });
  }
  const seen = new Map<string, string>();
  for (const label of concept.labels) {
    const key = `${label.language}\u0000${label.value}`;
    const earlier = seen.get(key);
    // An abbreviation is stated as an altLabel as well: only different kinds of label clash.
    if (earlier && earlier !== label.property) return message('vocabulary.import.labelClash', { label: label.value, language: label.language, first: `skos:${earlier}`, second: `skos:${label.property}` });
    seen.set(key, label.property);
  }
  const mappings = (property: string) => new Set(concept.otherStatements.filter((statement) => statement.property === property).map((statement) => statement.value));
  for (const [first, second] of [['exactMatch', 'broadMatch'], ['exactMatch', 'relatedMatch'], ['broadMatch', 'relatedMatch']]) {
    const both = [...mappings(first)].find((target) => mappings(second).has(target));
    if (both) return message('vocabulary.import.mappingClash', { target: both, first: `skos:${first}`, second: `skos:${second}` });
  }
  return null;
}

/** What one term's changes were before and after the import: one trail entry per term, however many steps touched it. */
interface TermChange {
  before: object | null;
  after: object;
  reindex: Set<string>;
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
  private readonly refused: RefusedItem[] = [];
  private readonly refusedSubjects = new Map<string, Message>();
  private readonly refusedTriples = new Map<string, Message>();
  private readonly renamed = new Map<string, string>();
  private unchanged = 0;
  private readonly termByUri = new Map<string, TermEntity>();
  private readonly termChanges = new Map<string, TermChange>();
  /** The hierarchy (term id → its broader terms' ids) and related pairs, stored and added so far: what a new link may clash with. */
  private readonly broaderOf = new Map<string, Set<string>>();
  private readonly relatedPairs = new Set<string>();
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

  async run(concepts: ReadConcept[], collections: ReadCollection[]): Promise<MergeOutcome> {
    for (const concept of concepts) await this.mergeConcept(concept);
    const merged = concepts.filter((concept) => this.termByUri.has(concept.uri));
    await this.loadRelations();
    // The hierarchy first: a related link that clashes with it is the one refused.
    for (const concept of merged) await this.mergeRelations(concept, [TermRelationKind.BROADER, TermRelationKind.NARROWER]);
    for (const concept of merged) await this.mergeRelations(concept, [TermRelationKind.RELATED]);
    for (const collection of collections) await this.mergeCollection(collection);
    for (const concept of merged) {
      const term = this.termByUri.get(concept.uri)!;
      for (const definition of concept.definitions) await this.mergeDefinition(definition, term, concept.uri);
    }
    for (const [termId, change] of this.termChanges) {
      this.write.record({
        action: 'term.import',
        subjectType: 'TERM',
        subjectId: termId,
        organizationId: this.importer.organizationId,
        before: change.before,
        after: change.after,
        reindex: [...change.reindex].map((id) => ({ type: 'TERM' as const, id })),
      });
    }
    return {
      added: [...this.added.values()],
      changed: [...this.changed.values()],
      refused: this.refused,
      unchanged: this.unchanged,
      refusedSubjects: this.refusedSubjects,
      refusedTriples: this.refusedTriples,
      renamed: this.renamed,
    };
  }

  private report(outcome: 'added' | 'changed' | 'unchanged', item: ImportedItem): void {
    const key = `${item.kind}:${item.uri}`;
    if (outcome === 'added') this.added.set(key, item);
    else if (outcome === 'changed' && !this.added.has(key)) this.changed.set(key, item);
    else if (outcome === 'unchanged') this.unchanged += 1;
  }

  /** Refuses a whole thing (its subjects' triples are not kept) or one statement of it. */
  private refuse(uri: string, reason: Message, what: { subjects?: (string | null)[]; triple?: [string, string, string] } = { subjects: [uri] }): void {
    this.refused.push({ uri, reason });
    for (const subject of what.subjects ?? []) if (subject) this.refusedSubjects.set(subject, reason);
    if (what.triple) this.refusedTriples.set(tripleKey(...what.triple), reason);
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
    const refuseConcept = (reason: Message) =>
      this.refuse(concept.uri, reason, { subjects: [concept.uri, ...concept.definitions.flatMap((definition) => [definition.node, definition.documentNode])] });
    if (!concept.labelNl) return refuseConcept(message('vocabulary.import.noDutchLabel'));
    const tooLong = [concept.labelNl, concept.labelEn, ...concept.altLabelsNl, ...concept.altLabelsEn, ...concept.abbreviations].find((label) => label && label.length > LIMITS.title);
    if (tooLong) return refuseConcept(message('vocabulary.import.labelTooLong', { max: LIMITS.title, label: tooLong.slice(0, 40) }));
    if (concept.status && !Object.values<string>(TermStatus).includes(concept.status)) {
      return refuseConcept(message('vocabulary.import.unknownStatus', { status: concept.status, allowed: Object.values(TermStatus).join(', ') }));
    }
    const clash = clashIn(concept);
    if (clash) return refuseConcept(clash);
    const existing = await this.findTerm(concept.uri);
    const namesake = await this.manager.createQueryBuilder(TermEntity, 'term').where('lower(term.label) = lower(:label)', { label: concept.labelNl }).getOne();
    if (namesake && namesake.id !== existing?.id) {
      return refuseConcept(message('vocabulary.import.labelTaken', { label: namesake.label, uri: this.uris.term(namesake) }));
    }
    const fields = statedFields(concept, concept.labelNl, existing);
    const item = { kind: ImportedItemKind.TERM, uri: concept.uri, label: concept.labelNl };
    if (existing) {
      this.termByUri.set(concept.uri, existing);
      if (Object.entries(fields).every(([field, value]) => sameSet(existing[field as keyof DescribedFields], value))) return this.report('unchanged', item);
      const before = { ...existing };
      await this.manager.save(Object.assign(existing, fields));
      this.noteTermChange(existing.id, before, { ...existing });
      return this.report('changed', item);
    }
    // An imported vocabulary was agreed elsewhere: without a status its terms are preferred.
    const created = await this.manager.save(
      this.manager.create(TermEntity, { status: TermStatus.PREFERRED, ...fields, ...(await this.identity('terms', TermEntity, concept.uri, concept.labelNl)) }),
    );
    this.termByUri.set(concept.uri, created);
    this.noteTermChange(created.id, null, { ...created });
    this.report('added', item);
  }

  /** Joins a term's changes into one trail entry: the state before the first, the state after the last. */
  private noteTermChange(termId: string, before: object | null, after: object, alsoReindex: string[] = []): void {
    const earlier = this.termChanges.get(termId);
    this.termChanges.set(termId, {
      before: earlier ? earlier.before && { ...before, ...earlier.before } : before,
      after: { ...earlier?.after, ...after },
      reindex: new Set([termId, ...(earlier?.reindex ?? []), ...alsoReindex]),
    });
  }

  private async loadRelations(): Promise<void> {
    const rows = await this.manager.findBy(TermRelationEntity, {});
    for (const row of rows) {
      if (row.kind === TermRelationKind.BROADER) this.addBroader(row.termId, row.relatedTermId);
      if (row.kind === TermRelationKind.RELATED) this.relatedPairs.add(`${row.termId}/${row.relatedTermId}`);
    }
  }

  private addBroader(termId: string, broaderId: string): void {
    this.broaderOf.set(termId, (this.broaderOf.get(termId) ?? new Set<string>()).add(broaderId));
  }

  /** Every term above this one in the hierarchy. */
  private ancestors(termId: string): Set<string> {
    const found = new Set<string>();
    const waiting = [termId];
    while (waiting.length) {
      for (const parent of this.broaderOf.get(waiting.pop()!) ?? []) {
        if (!found.has(parent)) {
          found.add(parent);
          waiting.push(parent);
        }
      }
    }
    return found;
  }

  /** SKOS keeps skos:related apart from the hierarchy: two terms where one lies above the other are not also related. */
  private clashes(termId: string, targetId: string, kind: TermRelationKind): boolean {
    if (kind === TermRelationKind.RELATED) return this.ancestors(termId).has(targetId) || this.ancestors(targetId).has(termId);
    const [lower, upper] = kind === TermRelationKind.BROADER ? [termId, targetId] : [targetId, termId];
    const above = new Set([upper, ...this.ancestors(upper)]);
    return [...above].some((id) => this.relatedPairs.has(`${lower}/${id}`));
  }

  /** Adds the file's links of these kinds in both directions; links the file does not name stay. */
  private async mergeRelations(concept: ReadConcept, kinds: TermRelationKind[]): Promise<void> {
    const term = this.termByUri.get(concept.uri)!;
    const stated: Record<TermRelationKind, string[]> = { BROADER: concept.broader, NARROWER: concept.narrower, RELATED: concept.related };
    const existing = new Set((await this.manager.findBy(TermRelationEntity, { termId: term.id })).map((row) => `${row.relatedTermId}/${row.kind}`));
    const before = [...existing];
    const targets: string[] = [];
    for (const kind of kinds) {
      const predicate = skos(kind.toLowerCase());
      for (const targetUri of stated[kind]) {
        const triple: [string, string, string] = [concept.uri, predicate, targetUri];
        const target = await this.findTerm(targetUri);
        if (!target) {
          this.refuse(concept.uri, message('vocabulary.import.unknownRelationTarget', { property: `skos:${kind.toLowerCase()}`, target: targetUri }), { triple });
          continue;
        }
        if (target.id === term.id || existing.has(`${target.id}/${kind}`)) continue;
        if (this.clashes(term.id, target.id, kind)) {
          this.refuse(concept.uri, message('vocabulary.import.relationClash', { property: `skos:${kind.toLowerCase()}`, target: targetUri }), { triple });
          continue;
        }
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
        if (kind === TermRelationKind.BROADER) this.addBroader(term.id, target.id);
        if (kind === TermRelationKind.NARROWER) this.addBroader(target.id, term.id);
        if (kind === TermRelationKind.RELATED) this.relatedPairs.add(`${term.id}/${target.id}`).add(`${target.id}/${term.id}`);
        existing.add(`${target.id}/${kind}`);
        targets.push(target.id);
      }
    }
    if (targets.length) {
      // The related terms' documents list this term too.
      this.noteTermChange(term.id, { relations: before }, { relations: [...existing] }, targets);
      this.report('changed', { kind: ImportedItemKind.TERM, uri: concept.uri, label: term.label });
    }
  }

  private async mergeCollection(collection: ReadCollection): Promise<void> {
    if (!collection.labelNl) return this.refuse(collection.uri, message('vocabulary.import.collectionWithoutLabel'));
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
        this.refuse(collection.uri, message('vocabulary.import.unknownMember', { target: memberUri }), { triple: [collection.uri, skos('member'), memberUri] });
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
    const refuseDefinition = (reason: Message) => this.refuse(where, reason, { subjects: [isLiteral(read.node) ? null : read.node, read.documentNode] });
    if (!read.text?.trim()) return refuseDefinition(message('vocabulary.import.definitionWithoutText'));
    if (!read.perspective || !Object.values<string>(Perspective).includes(read.perspective)) {
      return refuseDefinition(message('vocabulary.import.definitionPerspective', { allowed: Object.values(Perspective).join(', ') }));
    }
    if (read.sourceUrl && (!/^https?:\/\//.test(read.sourceUrl) || read.sourceUrl.length > URL_LENGTH)) {
      return refuseDefinition(message('vocabulary.import.definitionSourceUrl', { max: URL_LENGTH }));
    }
    const perspective = read.perspective as Perspective;
    const ownId = read.uri ? this.uris.keyIn('definitions', read.uri) : null;
    const existing =
      ownId && isUuid(ownId)
        ? await this.manager.findOneBy(DefinitionEntity, { id: ownId })
        : await this.manager.findOneBy(DefinitionEntity, { termId: term.id, perspective, text: read.text });
    if (existing && existing.termId !== term.id) return refuseDefinition(message('vocabulary.import.definitionOfOtherTerm'));
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
      this.noteStoredAs(read, this.uris.definition(created.id));
      return this.report('added', { ...item, uri: read.uri ?? this.uris.definition(created.id) });
    }
    this.noteStoredAs(read, this.uris.definition(existing.id));
    const newVersion = !same([existing.text, existing.source, existing.sourceUrl], [versioned.text, versioned.source, versioned.sourceUrl]);
    if (!newVersion && existing.perspective === perspective && existing.organizationId === organizationId) return this.report('unchanged', item);
    const before = { ...existing };
    Object.assign(existing, { perspective, organizationId }, newVersion ? { ...versioned, version: existing.version + 1 } : {});
    const saved = await this.manager.save(existing);
    if (newVersion) await this.manager.insert(DefinitionVersionEntity, versionOf(saved, this.importer.userId));
    this.recordDefinition(before, saved);
    this.report('changed', item);
  }

  /** A definition that the file names otherwise (a blank node, another vocabulary's IRI) is exported under our IRI, its source document beside it. */
  private noteStoredAs(read: ReadDefinition, iri: string): void {
    if (read.uri !== iri && !isLiteral(read.node)) this.renamed.set(read.node, iri);
    if (read.documentNode) this.renamed.set(read.documentNode, `${iri}#bron`);
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
