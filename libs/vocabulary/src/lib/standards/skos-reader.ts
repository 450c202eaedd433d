import { DataFactory, Parser, Store, type Term } from 'n3';
import { NAMESPACES } from './json-ld-context';
import { statusOf } from './skos-document';

const { namedNode } = DataFactory;
const iri = (prefix: keyof typeof NAMESPACES, local: string) => namedNode(`${NAMESPACES[prefix]}${local}`);
const RDF_TYPE = iri('rdf', 'type');

export interface ReadDefinition {
  /** The definition's IRI; null for a blank node or a plain literal skos:definition. */
  uri: string | null;
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
  scopeNote: string | null;
  plainExplanation: string | null;
  status: string | null;
  broader: string[];
  narrower: string[];
  related: string[];
  definitions: ReadDefinition[];
}

export interface ReadCollection {
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
  memberUris: string[];
}

/** A file that is not valid Turtle, with the line where the parser stopped. */
export class TurtleSyntaxError extends Error {
  constructor(
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Reads SKOS from Turtle: concepts with their labels per language, notes, status, hierarchy
 * and definitions, and collections with their members. What the file does not state is null
 * or empty. Only reads; merging is the import's job.
 */
export function readSkos(turtle: string, baseIri: string): { concepts: ReadConcept[]; collections: ReadCollection[] } {
  const store = new Store();
  try {
    store.addQuads(new Parser({ baseIRI: baseIri }).parse(turtle));
  } catch (error) {
    const { message, context } = error as Error & { context?: { line?: number } };
    throw new TurtleSyntaxError(context?.line ?? null, message.replace(/\s*on line \d+\.?$/, ''));
  }
  const objects = (subject: Term, predicate: Term) => store.getObjects(subject, predicate, null);
  const values = (subject: Term, predicate: Term) => objects(subject, predicate).map((object) => object.value);
  const first = (subject: Term, predicate: Term): string | null => values(subject, predicate)[0] ?? null;
  const inLanguage = (subject: Term, predicate: Term, language: string) =>
    objects(subject, predicate)
      .filter((object) => object.termType === 'Literal' && (object as Term & { language: string }).language === language)
      .map((object) => object.value);
  // Dutch is the vocabulary's language: a label without a language tag counts as Dutch.
  const dutch = (subject: Term, predicate: Term) => [...inLanguage(subject, predicate, 'nl'), ...inLanguage(subject, predicate, '')];

  const definitionOf = (node: Term): ReadDefinition => {
    if (node.termType === 'Literal') return { uri: null, text: node.value, perspective: null, citation: null, sourceUrl: null, publisherUri: null, creatorUri: null };
    // NL-SBB: the source is a document (foaf:Document) with its citation and page.
    const document = objects(node, iri('dcterms', 'source'))[0];
    return {
      uri: node.termType === 'NamedNode' ? node.value : null,
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

  // The adoption statuses the export describes (adms:status) are concepts of their own scheme, not terms.
  const statusScheme = iri('wk', 'TermStatus');
  const concepts = store
    .getSubjects(RDF_TYPE, iri('skos', 'Concept'), null)
    .filter((subject) => subject.termType === 'NamedNode' && !store.has(DataFactory.quad(subject as ReturnType<typeof namedNode>, iri('skos', 'inScheme'), statusScheme)));
  return {
    concepts: concepts.map((concept) => {
      const abbreviations = values(concept, iri('wk', 'abbreviation'));
      const notAbbreviation = (label: string) => !abbreviations.includes(label);
      return {
        uri: concept.value,
        labelNl: dutch(concept, iri('skos', 'prefLabel'))[0] ?? null,
        labelEn: inLanguage(concept, iri('skos', 'prefLabel'), 'en')[0] ?? null,
        altLabelsNl: dutch(concept, iri('skos', 'altLabel')).filter(notAbbreviation),
        altLabelsEn: inLanguage(concept, iri('skos', 'altLabel'), 'en').filter(notAbbreviation),
        abbreviations,
        scopeNote: dutch(concept, iri('skos', 'scopeNote'))[0] ?? null,
        plainExplanation: dutch(concept, iri('rdfs', 'comment'))[0] ?? null,
        status: statusIn(concept),
        broader: values(concept, iri('skos', 'broader')),
        narrower: values(concept, iri('skos', 'narrower')),
        related: values(concept, iri('skos', 'related')),
        definitions: definitionsOf(concept),
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
