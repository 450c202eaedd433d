/**
 * The W3C Web Annotation JSON-LD context (http://www.w3.org/ns/anno.jsonld, from the
 * Web Annotation Data Model recommendation), bundled so that documents naming it expand
 * without the network. The document is the W3C's own, kept as data in anno-context.json.
 */
import ANNO_CONTEXT_DOCUMENT from './anno-context.json';

export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

export { ANNO_CONTEXT_DOCUMENT };
