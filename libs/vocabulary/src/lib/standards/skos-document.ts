import { AnnotationMotivation, TermRelationKind, TermStatus } from '@werkkennis/kernel';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, type Quad_Object } from 'n3';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import type { DefinitionEntity, DefinitionVersionEntity } from '../definitions/definition.entity';
import type { TermCollectionEntity, TermEntity, TermRelationEntity, TermStatement } from '../terms/term.entity';
import type { VocabularyUris } from '../vocabulary-uris';
import { ANNO_CONTEXT_URL } from './anno-context';
import { bundledContexts, NAMESPACES } from './json-ld-context';

const { namedNode, literal, quad } = DataFactory;

/** Everything one export describes, read from the database in a few statements. */
export interface VocabularySnapshot {
  terms: TermEntity[];
  /** Every relation row of the terms; the stored inverse rows become skos:narrower and the like. */
  relations: TermRelationEntity[];
  /** Terms referred to by a relation but not described in full (the neighbours of a single term). */
  relatedTerms: TermEntity[];
  collections: TermCollectionEntity[];
  memberships: { termId: string; collectionId: string }[];
  /** The definitions of the described terms and of their neighbours. */
  definitions: DefinitionEntity[];
  /** Every version of the described terms' definitions, oldest first. */
  versions: DefinitionVersionEntity[];
  organizations: { id: string; slug: string; name: string }[];
  people: { id: string; name: string }[];
  annotations: AnnotationEntity[];
}

type Prefix = keyof typeof NAMESPACES;
const term = (prefix: Prefix, local: string) => namedNode(`${NAMESPACES[prefix]}${local}`);
const a = term('rdf', 'type');
const dutch = (text: string) => literal(text, 'nl');

/** Adoption statuses as NL-SBB asks for them (adms:status), our own small concept scheme. */
const STATUS_SCHEME = term('wk', 'TermStatus');
const STATUS: Record<TermStatus, { iri: string; nl: string; en: string; definition: string; explanation: string }> = {
  PROPOSED: {
    iri: `${NAMESPACES.wk}proposed`,
    nl: 'voorgesteld',
    en: 'proposed',
    definition: 'Status van een begrip dat is voorgesteld en nog niet door een beheerder is beoordeeld.',
    explanation: 'Iemand heeft dit begrip aangedragen; een beheerder kijkt er nog naar.',
  },
  PREFERRED: {
    iri: `${NAMESPACES.wk}preferred`,
    nl: 'voorkeur',
    en: 'preferred',
    definition: 'Status van een begrip dat de voorkeur heeft boven andere begrippen voor dezelfde zaak.',
    explanation: 'Gebruik dit begrip als je over deze zaak schrijft.',
  },
  ADMITTED: {
    iri: `${NAMESPACES.wk}admitted`,
    nl: 'toegelaten',
    en: 'admitted',
    definition: 'Status van een begrip dat gebruikt mag worden naast een begrip met de voorkeur.',
    explanation: 'Dit begrip mag je gebruiken, maar er is een begrip dat de voorkeur heeft.',
  },
  DEPRECATED: {
    iri: `${NAMESPACES.wk}deprecated`,
    nl: 'afgeraden',
    en: 'deprecated',
    definition: 'Status van een begrip dat niet meer gebruikt moet worden.',
    explanation: 'Gebruik dit begrip liever niet meer.',
  },
};

export function statusOf(iri: string): TermStatus | null {
  return (Object.keys(STATUS) as TermStatus[]).find((status) => STATUS[status].iri === iri) ?? null;
}

const SCHEME = {
  nl: 'Werkkennis: omstreden begrippen in re-integratie',
  en: 'Werkkennis: contested terms in re-integration',
  comment: 'Begrippen uit re-integratie en werk, met per perspectief een eigen definitie, bron en versiegeschiedenis.',
};

/** A tiny builder: quads in the order they are stated, without duplicates. */
class Graph {
  readonly quads: Quad[] = [];
  private readonly seen = new Set<string>();

  add(subject: string, predicate: ReturnType<typeof term>, object: Quad_Object | string | null | undefined): void {
    if (object === null || object === undefined || object === '') return;
    const value = typeof object === 'string' ? namedNode(object) : object;
    const statement = quad(namedNode(subject), predicate, value);
    const key = `${statement.subject.id} ${statement.predicate.id} ${statement.object.id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.quads.push(statement);
  }

  addAll(quads: Quad[]): void {
    for (const statement of quads) {
      const key = `${statement.subject.id} ${statement.predicate.id} ${statement.object.id}`;
      if (!this.seen.has(key)) {
        this.seen.add(key);
        this.quads.push(statement);
      }
    }
  }
}

/** A statement the term keeps without a field of its own (see TermStatement), as the object of its triple again. */
export function objectOf(statement: TermStatement): Quad_Object {
  if (statement.iri) return namedNode(statement.value);
  return literal(statement.value, statement.language ?? (statement.datatype ? namedNode(statement.datatype) : undefined));
}

/**
 * A moment in xsd:dateTime's canonical form, without trailing zeros in the fraction of a second
 * (07.71Z, not 07.710Z): SPARQL stores write that form, and literals must match exactly.
 */
const canonicalMoment = (date: Date) => date.toISOString().replace(/\.?0+Z$/, 'Z');
const dateTime = (date: Date) => literal(canonicalMoment(date), term('xsd', 'dateTime'));

/**
 * The source of a definition (or of one of its versions) as NL-SBB describes a bron: a
 * foaf:Document with a title, its citation and its page. Kept in one place, so that a richer
 * source (title, year, organisation) changes only this function.
 */
export function sourceQuads(subject: string, source: { source: string; sourceUrl: string | null }): Quad[] {
  const page = source.sourceUrl && URL.canParse(source.sourceUrl) ? source.sourceUrl : null;
  const title = source.source.trim() || page;
  if (!title) return [];
  const document = `${subject}#bron`;
  const graph = new Graph();
  graph.add(subject, term('dcterms', 'source'), document);
  graph.add(document, a, term('foaf', 'Document'));
  graph.add(document, a, term('dcterms', 'BibliographicResource'));
  graph.add(document, term('dcterms', 'title'), dutch(title));
  graph.add(document, term('rdfs', 'label'), dutch(title));
  if (source.source.trim()) graph.add(document, term('dcterms', 'bibliographicCitation'), literal(source.source.trim()));
  graph.add(document, term('foaf', 'page'), page);
  return graph.quads;
}

/**
 * A source document the concept itself names (kept from an import), described as NL-SBB asks:
 * by its title (its address when it has none), and findable: a web address is its own page,
 * anything else is cited by its title.
 */
function conceptSourceQuads(concept: string, source: TermStatement): Quad[] {
  const graph = new Graph();
  const title = source.title ? literal(source.title.text, source.title.language) : dutch(source.value);
  graph.add(concept, term('dcterms', 'source'), source.value);
  graph.add(source.value, a, term('foaf', 'Document'));
  graph.add(source.value, term('dcterms', 'title'), title);
  graph.add(source.value, term('rdfs', 'label'), title);
  if (/^https?:\/\//.test(source.value)) graph.add(source.value, term('foaf', 'page'), source.value);
  else graph.add(source.value, term('dcterms', 'bibliographicCitation'), literal(title.value));
  return graph.quads;
}

/**
 * The vocabulary as RDF, conforming to NL-SBB: concepts with language-tagged labels, notes and
 * definitions (skos:definition "…"@nl), adms:status, sources as foaf:Document; each definition's
 * perspective, source and versions on a PROV entity beside the text (wk:perspectiveDefinition),
 * collections, organisations and authors (their names only). Annotations are not part of it:
 * see annotationQuads.
 */
export function vocabularyGraph(snapshot: VocabularySnapshot, uris: VocabularyUris): Quad[] {
  const graph = new Graph();
  const scheme = uris.scheme();
  const described = new Set(snapshot.terms.map((item) => item.id));
  const termUri = new Map([...snapshot.terms, ...snapshot.relatedTerms].map((item) => [item.id, uris.term(item)]));
  const organizationUri = new Map(snapshot.organizations.map((organization) => [organization.id, uris.organization(organization.slug)]));
  const definitionsOf = (termId: string) => snapshot.definitions.filter((definition) => definition.termId === termId);
  const relatedOf = (termId: string, kind: TermRelationKind) =>
    snapshot.relations.filter((row) => row.termId === termId && row.kind === kind).map((row) => termUri.get(row.relatedTermId));
  const isTop = (termId: string) => relatedOf(termId, TermRelationKind.BROADER).length === 0;

  graph.add(scheme, a, term('skos', 'ConceptScheme'));
  for (const language of ['nl', 'en'] as const) {
    graph.add(scheme, term('dcterms', 'title'), literal(SCHEME[language], language));
    graph.add(scheme, term('rdfs', 'label'), literal(SCHEME[language], language));
  }
  graph.add(scheme, term('rdfs', 'comment'), dutch(SCHEME.comment));
  for (const item of snapshot.terms) if (isTop(item.id)) graph.add(scheme, term('skos', 'hasTopConcept'), termUri.get(item.id));

  /** What every concept says, described in full or as a neighbour: its type, labels, scheme and definitions. */
  const conceptCore = (item: TermEntity) => {
    const uri = termUri.get(item.id)!;
    graph.add(uri, a, term('skos', 'Concept'));
    graph.add(uri, term('skos', 'inScheme'), scheme);
    graph.add(uri, term('skos', 'prefLabel'), dutch(item.label));
    if (item.labelEn) graph.add(uri, term('skos', 'prefLabel'), literal(item.labelEn, 'en'));
    for (const definition of definitionsOf(item.id)) graph.add(uri, term('skos', 'definition'), dutch(definition.text));
    if (item.plainExplanation) graph.add(uri, term('rdfs', 'comment'), dutch(item.plainExplanation));
    return uri;
  };
  for (const neighbour of snapshot.relatedTerms) conceptCore(neighbour);

  for (const item of snapshot.terms) {
    const uri = conceptCore(item);
    if (isTop(item.id)) graph.add(uri, term('skos', 'topConceptOf'), scheme);
    for (const label of item.altLabelsNl) graph.add(uri, term('skos', 'altLabel'), dutch(label));
    for (const label of item.altLabelsEn) graph.add(uri, term('skos', 'altLabel'), literal(label, 'en'));
    // An abbreviation is a Dutch alternative label that the import must tell apart from the others.
    for (const abbreviation of item.abbreviations) {
      graph.add(uri, term('skos', 'altLabel'), dutch(abbreviation));
      graph.add(uri, term('wk', 'abbreviation'), dutch(abbreviation));
    }
    if (item.scopeNote) graph.add(uri, term('skos', 'scopeNote'), dutch(item.scopeNote));
    for (const statement of item.otherStatements) {
      if (statement.property === 'source') graph.addAll(conceptSourceQuads(uri, statement));
      else graph.add(uri, term('skos', statement.property), objectOf(statement));
    }
    graph.add(uri, term('adms', 'status'), STATUS[item.status].iri);
    for (const kind of [TermRelationKind.BROADER, TermRelationKind.NARROWER, TermRelationKind.RELATED]) {
      const predicate = term('skos', kind.toLowerCase());
      for (const related of relatedOf(item.id, kind)) graph.add(uri, predicate, related);
    }
    graph.add(uri, term('dcterms', 'modified'), dateTime(item.updatedAt));
  }

  for (const definition of snapshot.definitions.filter((row) => described.has(row.termId))) {
    const concept = termUri.get(definition.termId)!;
    const uri = uris.definition(definition.id);
    graph.add(concept, term('wk', 'perspectiveDefinition'), uri);
    graph.add(uri, a, term('wk', 'PerspectiveDefinition'));
    graph.add(uri, a, term('prov', 'Entity'));
    graph.add(uri, term('rdf', 'value'), dutch(definition.text));
    graph.add(uri, term('wk', 'perspective'), literal(definition.perspective));
    // The source's publisher: an organisation on Werkkennis, or an outside party by name; never who entered it (creator).
    const outsideName = definition.organizationId ? '' : definition.sourcePublisher.trim();
    const outsidePublisher = outsideName ? `${uri}#uitgever` : null;
    const publisher = definition.organizationId ? organizationUri.get(definition.organizationId) : outsidePublisher;
    graph.add(uri, term('dcterms', 'publisher'), publisher);
    graph.add(uri, term('prov', 'wasAttributedTo'), publisher);
    if (outsidePublisher) {
      graph.add(outsidePublisher, a, term('foaf', 'Organization'));
      graph.add(outsidePublisher, term('foaf', 'name'), literal(outsideName));
    }
    graph.add(uri, term('dcterms', 'creator'), uris.person(definition.authorId));
    graph.add(uri, term('owl', 'versionInfo'), literal(String(definition.version)));
    graph.add(uri, term('dcterms', 'created'), dateTime(definition.createdAt));
    graph.add(uri, term('dcterms', 'modified'), dateTime(definition.updatedAt));
    const source = sourceQuads(uri, definition);
    graph.addAll(source);
    // NL-SBB: the concept names the documents its meaning derives from.
    for (const statement of source.filter((row) => row.predicate.equals(term('dcterms', 'source')))) graph.add(concept, term('dcterms', 'source'), statement.object as Quad_Object);

    for (const version of snapshot.versions.filter((row) => row.definitionId === definition.id)) {
      const versionUri = uris.definitionVersion(definition.id, version.version);
      graph.add(uri, term('dcterms', 'hasVersion'), versionUri);
      graph.add(versionUri, a, term('prov', 'Entity'));
      graph.add(versionUri, term('dcterms', 'isVersionOf'), uri);
      graph.add(versionUri, term('owl', 'versionInfo'), literal(String(version.version)));
      graph.add(versionUri, term('rdf', 'value'), dutch(version.text));
      graph.add(versionUri, term('prov', 'generatedAtTime'), dateTime(version.changedAt));
      graph.add(versionUri, term('prov', 'wasAttributedTo'), uris.person(version.changedById));
      if (version.version > 1) graph.add(versionUri, term('prov', 'wasRevisionOf'), uris.definitionVersion(definition.id, version.version - 1));
      if (version.changeNote) graph.add(versionUri, term('skos', 'changeNote'), dutch(version.changeNote));
      graph.addAll(sourceQuads(versionUri, version));
    }
  }

  if (snapshot.terms.length) {
    graph.add(STATUS_SCHEME.value, a, term('skos', 'ConceptScheme'));
    graph.add(STATUS_SCHEME.value, term('dcterms', 'title'), dutch('Status van een begrip'));
    graph.add(STATUS_SCHEME.value, term('rdfs', 'label'), dutch('Status van een begrip'));
    for (const status of Object.values(STATUS)) {
      graph.add(STATUS_SCHEME.value, term('skos', 'hasTopConcept'), status.iri);
      graph.add(status.iri, a, term('skos', 'Concept'));
      graph.add(status.iri, term('skos', 'inScheme'), STATUS_SCHEME);
      graph.add(status.iri, term('skos', 'topConceptOf'), STATUS_SCHEME);
      graph.add(status.iri, term('skos', 'prefLabel'), dutch(status.nl));
      graph.add(status.iri, term('skos', 'prefLabel'), literal(status.en, 'en'));
      graph.add(status.iri, term('skos', 'definition'), dutch(status.definition));
      graph.add(status.iri, term('rdfs', 'comment'), dutch(status.explanation));
    }
  }

  for (const collection of snapshot.collections) {
    const uri = uris.collection(collection);
    graph.add(uri, a, term('skos', 'Collection'));
    for (const [label, language] of [[collection.label, 'nl'], [collection.labelEn, 'en']] as const) {
      if (!label) continue;
      graph.add(uri, term('rdfs', 'label'), literal(label, language));
      graph.add(uri, term('skos', 'prefLabel'), literal(label, language));
    }
    for (const row of snapshot.memberships.filter((membership) => membership.collectionId === collection.id)) graph.add(uri, term('skos', 'member'), termUri.get(row.termId));
  }

  for (const organization of snapshot.organizations) {
    const uri = organizationUri.get(organization.id)!;
    graph.add(uri, a, term('foaf', 'Organization'));
    graph.add(uri, term('foaf', 'name'), literal(organization.name));
    graph.add(uri, term('dcterms', 'identifier'), literal(organization.slug));
  }
  for (const person of snapshot.people) {
    graph.add(uris.person(person.id), a, term('foaf', 'Person'));
    graph.add(uris.person(person.id), term('foaf', 'name'), literal(person.name));
  }
  return graph.quads;
}

/** W3C motivations by their name in the Web Annotation context; supporting and contesting are ours. */
const MOTIVATION: Record<AnnotationMotivation, string> = {
  COMMENTING: 'commenting',
  QUESTIONING: 'questioning',
  LINKING: 'linking',
  SUPPORTING: `${NAMESPACES.wk}supporting`,
  CONTESTING: `${NAMESPACES.wk}contesting`,
};

export function motivationFrom(name: string): AnnotationMotivation | null {
  const full = name.startsWith('wk:') ? `${NAMESPACES.wk}${name.slice(3)}` : name.replace(NAMESPACES.oa, '');
  return (Object.keys(MOTIVATION) as AnnotationMotivation[]).find((motivation) => MOTIVATION[motivation] === full) ?? null;
}

/** Defined as the Web Annotation model asks of new motivations: an oa:Motivation narrower than an existing one. */
const OWN_MOTIVATIONS = [
  { id: MOTIVATION.SUPPORTING, type: 'Motivation', broader: 'oa:assessing', prefLabel: { nl: 'steunen', en: 'supporting' } },
  { id: MOTIVATION.CONTESTING, type: 'Motivation', broader: 'oa:assessing', prefLabel: { nl: 'betwisten', en: 'contesting' } },
];

export type AnnotationJson = Record<string, unknown>;

/**
 * One annotation as the W3C Web Annotation model writes it, in its own context. The target
 * pins the definition's version the annotation was made on: a SpecificResource with the
 * definition as source and a TimeState that names that version.
 */
export function annotationJson(annotation: AnnotationEntity, author: { id: string; name: string } | undefined, uris: VocabularyUris): AnnotationJson {
  const definition = uris.definition(annotation.definitionId);
  const target = annotation.replyToId
    ? uris.annotation(annotation.replyToId)
    : {
        type: 'SpecificResource',
        source: definition,
        state: { type: 'TimeState', cached: uris.definitionVersion(annotation.definitionId, annotation.definitionVersion), sourceDate: canonicalMoment(annotation.createdAt) },
        ...(annotation.quoteExact !== null
          ? { selector: { type: 'TextQuoteSelector', exact: annotation.quoteExact, prefix: annotation.quotePrefix, suffix: annotation.quoteSuffix } }
          : {}),
      };
  return {
    '@context': ANNO_CONTEXT_URL,
    id: uris.annotation(annotation.id),
    type: 'Annotation',
    motivation: annotation.replyToId ? ['replying', MOTIVATION[annotation.motivation]] : MOTIVATION[annotation.motivation],
    body: [{ type: 'TextualBody', value: annotation.body, format: 'text/markdown', language: 'nl' }, ...annotation.references],
    target,
    creator: { id: uris.person(annotation.authorId), type: 'Person', ...(author ? { name: author.name } : {}) },
    created: canonicalMoment(annotation.createdAt),
    modified: canonicalMoment(annotation.updatedAt),
  };
}

/** Annotations as RDF, read from their Web Annotation JSON-LD; with the definitions of our own motivations when asked. */
export async function annotationQuads(annotations: AnnotationJson[], options: { withOwnMotivations: boolean }): Promise<Quad[]> {
  if (!annotations.length) return [];
  const document = {
    '@context': [ANNO_CONTEXT_URL, { skos: NAMESPACES.skos, broader: { '@id': 'skos:broader', '@type': '@id' }, prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' } }],
    '@graph': [...annotations.map(({ '@context': _context, ...annotation }) => annotation), ...(options.withOwnMotivations ? OWN_MOTIVATIONS : [])],
  };
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true, documentLoader: bundledContexts });
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}
