import jsonld from 'jsonld';
import { type Quad, Writer } from 'n3';
import type { VocabularyUris } from '../vocabulary-uris';
import { bundledContexts, JSON_LD_CONTEXT, NAMESPACES } from './json-ld-context';

const RDF_TYPE = `${NAMESPACES.rdf}type`;

export interface JsonLdDocument {
  '@context': unknown;
  '@graph'?: Record<string, unknown>[];
  [key: string]: unknown;
}

/** A graph as Turtle: each subject once, starting with its type, in the order the graph first names them. */
export async function toTurtle(quads: Quad[], uris: VocabularyUris): Promise<string> {
  const writer = new Writer({
    prefixes: {
      ...NAMESPACES,
      term: `${uris.base}terms/`,
      definition: `${uris.base}definitions/`,
      collection: `${uris.base}collections/`,
      organization: `${uris.base}organizations/`,
      person: `${uris.base}people/`,
      annotation: `${uris.base}annotations/`,
    },
  });
  const position = new Map<string, number>();
  for (const statement of quads) if (!position.has(statement.subject.id)) position.set(statement.subject.id, position.size);
  const isType = (statement: Quad) => Number(statement.predicate.value === RDF_TYPE);
  writer.addQuads([...quads].sort((a, b) => position.get(a.subject.id)! - position.get(b.subject.id)! || isType(b) - isType(a)));
  return new Promise((resolve, reject) => writer.end((error, turtle: string) => (error ? reject(error) : resolve(turtle))));
}

/** The same graph as JSON-LD in the exports' context (the W3C Web Annotation context and the vocabulary's terms). */
export async function toJsonLd(quads: Quad[]): Promise<JsonLdDocument> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(quads);
  const nquads = await new Promise<string>((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, JSON_LD_CONTEXT, { documentLoader: bundledContexts });
  return compacted as JsonLdDocument;
}
