import { answerTypes, GRAPH_TYPES, requestKind, SOLUTION_TYPES } from './sparql-request';

describe('what a SPARQL request asks', () => {
  it('finds the query form after the prologue, whatever the case', () => {
    expect(requestKind('SELECT * WHERE { ?s ?p ?o }')).toBe('SELECT');
    expect(requestKind('prefix skos: <http://www.w3.org/2004/02/skos/core#>\nask { ?c a skos:Concept }')).toBe('ASK');
    expect(requestKind('BASE <http://example.org/>\nCONSTRUCT WHERE { ?s ?p ?o }')).toBe('CONSTRUCT');
    expect(requestKind('DESCRIBE <http://example.org/a>')).toBe('DESCRIBE');
  });

  it('is not misled by prefix names, IRIs, strings or comments that hold keywords', () => {
    expect(requestKind('PREFIX select: <http://example.org/insert#>\n# DELETE everything\nINSERT DATA { select:a select:b "SELECT" }')).toBe('UPDATE');
    expect(requestKind('PREFIX insert: <http://example.org/>\n# INSERT\nSELECT ?x WHERE { ?x insert:p "DELETE" }')).toBe('SELECT');
    expect(requestKind('PREFIX ex: <http://example.org/#SELECT>\nASK {}')).toBe('ASK');
  });

  it('recognises every update operation', () => {
    for (const update of ['INSERT DATA {}', 'delete where { ?s ?p ?o }', 'LOAD <http://example.org/x>', 'CLEAR ALL', 'CREATE GRAPH <g:x>', 'DROP DEFAULT', 'COPY DEFAULT TO <g:x>', 'MOVE <g:x> TO <g:y>', 'ADD <g:x> TO <g:y>', 'WITH <g:x> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }']) {
      expect([update, requestKind(update)]).toEqual([update, 'UPDATE']);
    }
  });

  it('leaves anything else to the engine, which answers it as a syntax error', () => {
    expect(requestKind('')).toBeNull();
    expect(requestKind('SELEC * WHERE {}')).toBeNull();
    expect(answerTypes(null)).toBe(SOLUTION_TYPES);
    expect(answerTypes('DESCRIBE')).toBe(GRAPH_TYPES);
  });
});
