import jsonld from 'jsonld';
import { Parser, type Quad, Writer } from 'n3';
import type { VocabularyUris } from '../vocabulary-uris';
import { NAMESPACES } from './json-ld-context';
import type { JsonLdDocument } from './skos-document';

const RDF_TYPE = `${NAMESPACES.rdf}type`;

/**
 * The same graph as the JSON-LD document, written as Turtle. `safe` makes JSON-LD refuse
 * anything it would otherwise drop silently, so the two serialisations cannot drift apart.
 */
export async function toTurtle(document: JsonLdDocument, uris: VocabularyUris): Promise<string> {
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true });
  const writer = new Writer({
    prefixes: {
      ...NAMESPACES,
      term: `${uris.base}terms/`,
      collection: `${uris.base}collections/`,
      organization: `${uris.base}organizations/`,
      person: `${uris.base}people/`,
    },
  });
  // N-Quads come sorted by IRI; a reader wants the scheme and the concepts first, each starting with its type.
  const position = new Map(document['@graph'].map((node, index) => [node.id, index]));
  const rank = (quad: Quad) => position.get(quad.subject.value) ?? position.size;
  const isType = (quad: Quad) => Number(quad.predicate.value === RDF_TYPE);
  writer.addQuads(new Parser({ format: 'N-Quads' }).parse(nquads).sort((a, b) => rank(a) - rank(b) || isType(b) - isType(a)));
  return new Promise((resolve, reject) => writer.end((error, turtle: string) => (error ? reject(error) : resolve(turtle))));
}
