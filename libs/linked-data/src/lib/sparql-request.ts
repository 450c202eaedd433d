/** The four query forms of SPARQL 1.1; SELECT and ASK answer with solutions, CONSTRUCT and DESCRIBE with a graph. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

const FORMS = new Set<string>(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATE_OPERATIONS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);
/** Strings, IRIs and comments may hold any word; they are blanked before looking for the first keyword. */
const OPAQUE = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*/g;

/**
 * What a request asks, from its first keyword after the prologue (BASE, PREFIX): a query form,
 * an update (refused), or null when it is neither, which the engine then reports as a syntax error.
 */
export function requestKind(text: string): QueryForm | 'UPDATE' | null {
  for (const [, word, colon] of text.replace(OPAQUE, ' ').matchAll(/([A-Za-z_][\w-]*)(:?)/g)) {
    const keyword = word.toUpperCase();
    // `PREFIX select: <…>` names a prefix, not a form.
    if (colon || keyword === 'PREFIX' || keyword === 'BASE') continue;
    if (FORMS.has(keyword)) return keyword as QueryForm;
    return UPDATE_OPERATIONS.has(keyword) ? 'UPDATE' : null;
  }
  return null;
}

/**
 * The media types an answer comes in, by what a client may ask in Accept (first: the default),
 * mapped to the type the engine writes and the answer carries.
 */
export const SOLUTION_TYPES: Record<string, string> = {
  'application/sparql-results+json': 'application/sparql-results+json',
  'application/json': 'application/sparql-results+json',
  'application/sparql-results+xml': 'application/sparql-results+xml',
  'application/xml': 'application/sparql-results+xml',
  'text/csv': 'text/csv',
  'text/tab-separated-values': 'text/tab-separated-values',
};

export const GRAPH_TYPES: Record<string, string> = {
  'text/turtle': 'text/turtle',
  'application/ld+json': 'application/ld+json',
  'application/n-triples': 'application/n-triples',
  'application/rdf+xml': 'application/rdf+xml',
};

export function answerTypes(form: QueryForm | null): Record<string, string> {
  return form === 'CONSTRUCT' || form === 'DESCRIBE' ? GRAPH_TYPES : SOLUTION_TYPES;
}
