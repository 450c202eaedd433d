import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, Store, type Term } from 'n3';
import type { TermStatement } from '../terms/term.entity';
import { bundledContexts, NAMESPACES } from './json-ld-context';
import { statusOf } from './skos-document';

const { namedNode } = DataFactory;
const iri = (prefix: keyof typeof NAMESPACES, local: string) => namedNode(`${NAMESPACES[prefix]}${local}`);
const RDF_TYPE = iri('rdf', 'type');
const XSD_STRING = `${NAMESPACES.xsd}string`;
const LANG_STRING = `${NAMESPACES.rdf}langString`;

export enum VocabularyFileFormat {
  TURTLE = 'TURTLE',
  JSON_LD = 'JSON_LD',
}

export type LabelProperty = 'prefLabel' | 'altLabel' | 'hiddenLabel';

export interface ReadDefinition {
  /** The node in the file (an IRI or a blank node's id), so the import can say what became of it. */
  node: string;
  /** The definition's IRI; null for a blank node or a plain literal skos:definition. */
  uri: string | null;
  /** The node of its source document (dcterms:source), if any. */
  documentNode: string | null;
  text: string | null;
  perspective: string | null;
  citation: string | null;
  sourceUrl: string | null;
  publisherUri: string | null;
  creatorUri: string | null;
}

export interface ReadConcept {
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
  altLabelsNl: string[];
  altLabelsEn: string[];
  abbreviations: string[];
  /** Every prefLabel, altLabel and hiddenLabel with its language (untagged counts as Dutch), for the clash checks. */
  labels: { property: LabelProperty; value: string; language: string }[];
  scopeNote: string | null;
  plainExplanation: string | null;
  status: string | null;
  broader: string[];
  narrower: string[];
  related: string[];
  definitions: ReadDefinition[];
  /** What the term keeps without a field of its own (see TermStatement). */
  otherStatements: TermStatement[];
}

export interface ReadCollection {
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
  memberUris: string[];
}

export interface ReadVocabulary {
  concepts: ReadConcept[];
  collections: ReadCollection[];
  /** Every triple of the file, to tell afterwards which ones the vocabulary did not keep. */
  quads: Quad[];
}

/** A file that cannot be read as RDF: the line where the Turtle parser stopped, or what JSON-LD could not take. */
export class VocabularyFileError extends Error {
  constructor(
    readonly format: VocabularyFileFormat,
    readonly reason: string,
    readonly line: number | null = null,
    /** A remote JSON-LD context the import does not fetch. */
    readonly contextUrl: string | null = null,
  ) {
    super(reason);
  }
}

/** SKOS properties a term keeps without a field of their own; mapping relations point to other vocabularies' IRIs. */
const MAPPINGS = ['exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'];
const KEPT_AS_STATED = [...MAPPINGS, 'notation', 'example', 'hiddenLabel', 'note', 'changeNote', 'historyNote', 'editorialNote'];
/** Labels and notes that have fields for Dutch (and English); other languages are kept as statements. */
const LANGUAGES_WITH_FIELDS: Record<string, string[]> = { prefLabel: ['nl', '', 'en'], altLabel: ['nl', '', 'en'], scopeNote: ['nl', ''] };

/** A format named by the caller, or told by the content: JSON-LD is a JSON object or array, Turtle never starts so. */
export function formatOf(content: string, stated?: VocabularyFileFormat | null): VocabularyFileFormat {
  if (stated) return stated;
  return /^\s*[[{]/.test(content) ? VocabularyFileFormat.JSON_LD : VocabularyFileFormat.TURTLE;
}

/** The file's triples. JSON-LD reads offline: only the contexts the exports use are served, any other is refused. */
export async function parseVocabularyFile(content: string, format: VocabularyFileFormat, baseIri: string): Promise<Quad[]> {
  if (format === VocabularyFileFormat.TURTLE) {
    try {
      return new Parser({ baseIRI: baseIri }).parse(content);
    } catch (error) {
      const { message, context } = error as Error & { context?: { line?: number } };
      throw new VocabularyFileError(format, message.replace(/\s*on line \d+\.?$/, ''), context?.line ?? null);
    }
  }
  let document: object;
  try {
    document = JSON.parse(content) as object;
  } catch (error) {
    throw new VocabularyFileError(format, (error as Error).message);
  }
  let refusedContext: string | null = null;
  const documentLoader = async (url: string) => {
    try {
      return await bundledContexts(url);
    } catch (error) {
      refusedContext = url;
      throw error;
    }
  };
  try {
    // Safe mode refuses what JSON-LD would otherwise drop without a word (terms the context does not map).
    const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true, documentLoader, base: baseIri } as never);
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  } catch (error) {
    const { message, details } = error as Error & { details?: { event?: { message?: string } } };
    throw new VocabularyFileError(format, details?.event?.message ?? message, null, refusedContext);
  }
}

/**
 * Reads SKOS from the file's triples: concepts with their labels per language, notes, status,
 * hierarchy, definitions and what they keep without a field of their own, and collections with
 * their members. What the file does not state is null or empty. Only reads; merging is the import's job.
 */
export function readSkos(quads: Quad[]): ReadVocabulary {
  const store = new Store(quads);
  const objects = (subject: Term, predicate: Term) => store.getObjects(subject, predicate, null);
  const values = (subject: Term, predicate: Term) => objects(subject, predicate).map((object) => object.value);
  const first = (subject: Term, predicate: Term): string | null => values(subject, predicate)[0] ?? null;
  const languageOf = (object: Term) => (object as Term & { language: string }).language;
  const inLanguage = (subject: Term, predicate: Term, language: string) =>
    objects(subject, predicate)
      .filter((object) => object.termType === 'Literal' && languageOf(object) === language)
      .map((object) => object.value);
  // Dutch is the vocabulary's language: a label without a language tag counts as Dutch.
  const dutch = (subject: Term, predicate: Term) => [...inLanguage(subject, predicate, 'nl'), ...inLanguage(subject, predicate, '')];

  const definitionOf = (node: Term): ReadDefinition => {
    const none = { documentNode: null, perspective: null, citation: null, sourceUrl: null, publisherUri: null, creatorUri: null };
    if (node.termType === 'Literal') return { ...none, node: node.id, uri: null, text: node.value };
    // NL-SBB: the source is a document (foaf:Document) with its citation and page.
    const document = objects(node, iri('dcterms', 'source'))[0];
    return {
      node: node.id,
      uri: node.termType === 'NamedNode' ? node.value : null,
      documentNode: document?.id ?? null,
      text: first(node, iri('rdf', 'value')),
      perspective: first(node, iri('wk', 'perspective')),
      citation: document ? first(document, iri('dcterms', 'bibliographicCitation')) : null,
      sourceUrl: document ? first(document, iri('foaf', 'page')) : null,
      publisherUri: first(node, iri('dcterms', 'publisher')),
      creatorUri: first(node, iri('dcterms', 'creator')),
    };
  };
  /** A definition is text (skos:definition "…"@nl) with its perspective and provenance beside it (wk:perspectiveDefinition). */
  const definitionsOf = (concept: Term): ReadDefinition[] => {
    const documented = objects(concept, iri('wk', 'perspectiveDefinition')).map(definitionOf);
    const texts = new Set(documented.map((definition) => definition.text));
    const plain = objects(concept, iri('skos', 'definition')).filter((node) => node.termType !== 'Literal' || !texts.has(node.value));
    return [...documented, ...plain.map(definitionOf)];
  };
  const statusIn = (concept: Term): string | null => {
    const status = first(concept, iri('adms', 'status'));
    return status ? (statusOf(status) ?? status) : null;
  };
  const labelsOf = (concept: Term): ReadConcept['labels'] =>
    (['prefLabel', 'altLabel', 'hiddenLabel'] as const).flatMap((property) =>
      objects(concept, iri('skos', property))
        .filter((object) => object.termType === 'Literal')
        .map((object) => ({ property, value: object.value, language: languageOf(object) || 'nl' })),
    );
  /** Documents the concept itself names as its source; those of its definitions are read with the definitions. */
  const sourcesOf = (concept: Term, definitions: ReadDefinition[]): TermStatement[] => {
    const ofDefinitions = new Set(definitions.map((definition) => definition.documentNode));
    return objects(concept, iri('dcterms', 'source'))
      .filter((document) => document.termType === 'NamedNode' && !ofDefinitions.has(document.id))
      .map((document) => {
        const title = [...objects(document, iri('dcterms', 'title')), ...objects(document, iri('rdfs', 'label'))].find((object) => object.termType === 'Literal');
        return { property: 'source', value: document.value, iri: true, ...(title ? { title: { text: title.value, language: languageOf(title) || 'nl' } } : {}) };
      });
  };
  const otherStatementsOf = (concept: Term): TermStatement[] =>
    store
      .getQuads(concept, null, null, null)
      .filter(({ predicate, object }) => {
        const property = predicate.value.slice(NAMESPACES.skos.length);
        if (!predicate.value.startsWith(NAMESPACES.skos) || object.termType === 'BlankNode') return false;
        if (KEPT_AS_STATED.includes(property)) return !MAPPINGS.includes(property) || object.termType === 'NamedNode';
        const withFields = LANGUAGES_WITH_FIELDS[property];
        return !!withFields && object.termType === 'Literal' && !withFields.includes(languageOf(object));
      })
      .map(({ predicate, object }) => statementOf(predicate.value.slice(NAMESPACES.skos.length), object));

  // The adoption statuses the export describes (adms:status) are concepts of their own scheme, not terms.
  const statusScheme = iri('wk', 'TermStatus');
  const concepts = store
    .getSubjects(RDF_TYPE, iri('skos', 'Concept'), null)
    .filter((subject) => subject.termType === 'NamedNode' && !store.has(DataFactory.quad(subject as ReturnType<typeof namedNode>, iri('skos', 'inScheme'), statusScheme)));
  return {
    quads,
    concepts: concepts.map((concept) => {
      const definitions = definitionsOf(concept);
      const abbreviations = values(concept, iri('wk', 'abbreviation'));
      const notAbbreviation = (label: string) => !abbreviations.includes(label);
      return {
        uri: concept.value,
        labelNl: dutch(concept, iri('skos', 'prefLabel'))[0] ?? null,
        labelEn: inLanguage(concept, iri('skos', 'prefLabel'), 'en')[0] ?? null,
        altLabelsNl: dutch(concept, iri('skos', 'altLabel')).filter(notAbbreviation),
        altLabelsEn: inLanguage(concept, iri('skos', 'altLabel'), 'en').filter(notAbbreviation),
        abbreviations,
        labels: labelsOf(concept),
        scopeNote: dutch(concept, iri('skos', 'scopeNote'))[0] ?? null,
        plainExplanation: dutch(concept, iri('rdfs', 'comment'))[0] ?? null,
        status: statusIn(concept),
        broader: values(concept, iri('skos', 'broader')),
        narrower: values(concept, iri('skos', 'narrower')),
        related: values(concept, iri('skos', 'related')),
        definitions,
        otherStatements: [...otherStatementsOf(concept), ...sourcesOf(concept, definitions)],
      };
    }),
    collections: store
      .getSubjects(RDF_TYPE, iri('skos', 'Collection'), null)
      .filter((subject) => subject.termType === 'NamedNode')
      .map((collection) => ({
        uri: collection.value,
        labelNl: dutch(collection, iri('skos', 'prefLabel'))[0] ?? null,
        labelEn: inLanguage(collection, iri('skos', 'prefLabel'), 'en')[0] ?? null,
        memberUris: values(collection, iri('skos', 'member')),
      })),
  };
}

function statementOf(property: string, object: Term): TermStatement {
  if (object.termType === 'NamedNode') return { property, value: object.value, iri: true };
  const { language, datatype } = object as Term & { language: string; datatype: Term };
  if (language) return { property, value: object.value, language };
  return datatype.value === XSD_STRING || datatype.value === LANG_STRING ? { property, value: object.value } : { property, value: object.value, datatype: datatype.value };
}

/** The same statements in one order, so a file that only reorders them changes nothing. */
export function inOrder(statements: TermStatement[]): TermStatement[] {
  const key = (statement: TermStatement) => JSON.stringify([statement.property, statement.value, statement.language ?? '', statement.datatype ?? '', !!statement.iri]);
  return [...statements].sort((a, b) => key(a).localeCompare(key(b)));
}
