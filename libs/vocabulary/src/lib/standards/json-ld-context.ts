import { ANNO_CONTEXT_DOCUMENT, ANNO_CONTEXT_URL } from './anno-context';

/** Namespaces of the vocabularies the exports speak. */
export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  dc: 'http://purl.org/dc/elements/1.1/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  prov: 'http://www.w3.org/ns/prov#',
  adms: 'http://www.w3.org/ns/adms#',
  oa: 'http://www.w3.org/ns/oa#',
  as: 'http://www.w3.org/ns/activitystreams#',
  ldp: 'http://www.w3.org/ns/ldp#',
  /** Werkkennis' own terms, for what the standards have no word for: perspective, abbreviation, statuses. */
  wk: 'https://werkkennis.example/ns#',
} as const;

const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
const perLanguage = (iri: string) => ({ '@id': iri, '@container': '@language' });

/**
 * What the vocabulary adds to the W3C Web Annotation context: SKOS, NL-SBB's Dublin Core and
 * FOAF terms, PROV for definitions and their versions.
 */
const VOCABULARY_TERMS = {
  '@version': 1.1,
  ...NAMESPACES,
  ConceptScheme: 'skos:ConceptScheme',
  Concept: 'skos:Concept',
  Collection: 'skos:Collection',
  Document: 'foaf:Document',
  BibliographicResource: 'dcterms:BibliographicResource',
  Entity: 'prov:Entity',
  PerspectiveDefinition: 'wk:PerspectiveDefinition',
  inScheme: id('skos:inScheme'),
  hasTopConcept: id('skos:hasTopConcept'),
  topConceptOf: id('skos:topConceptOf'),
  title: perLanguage('dcterms:title'),
  label: perLanguage('rdfs:label'),
  comment: perLanguage('rdfs:comment'),
  prefLabel: perLanguage('skos:prefLabel'),
  altLabel: perLanguage('skos:altLabel'),
  abbreviation: perLanguage('wk:abbreviation'),
  definition: perLanguage('skos:definition'),
  scopeNote: perLanguage('skos:scopeNote'),
  changeNote: perLanguage('skos:changeNote'),
  historyNote: perLanguage('skos:historyNote'),
  editorialNote: perLanguage('skos:editorialNote'),
  hiddenLabel: perLanguage('skos:hiddenLabel'),
  example: perLanguage('skos:example'),
  notation: 'skos:notation',
  exactMatch: id('skos:exactMatch'),
  closeMatch: id('skos:closeMatch'),
  broadMatch: id('skos:broadMatch'),
  narrowMatch: id('skos:narrowMatch'),
  relatedMatch: id('skos:relatedMatch'),
  status: id('adms:status'),
  broader: id('skos:broader'),
  narrower: id('skos:narrower'),
  related: id('skos:related'),
  member: id('skos:member'),
  perspectiveDefinition: id('wk:perspectiveDefinition'),
  perspective: 'wk:perspective',
  sourceDocument: id('dcterms:source'),
  citation: 'dcterms:bibliographicCitation',
  page: id('foaf:page'),
  publisher: id('dcterms:publisher'),
  attributedTo: id('prov:wasAttributedTo'),
  generatedAt: { '@id': 'prov:generatedAtTime', '@type': 'xsd:dateTime' },
  revisionOf: id('prov:wasRevisionOf'),
  hasVersion: id('dcterms:hasVersion'),
  isVersionOf: id('dcterms:isVersionOf'),
  version: 'owl:versionInfo',
  identifier: 'dcterms:identifier',
  supporting: 'wk:supporting',
  contesting: 'wk:contesting',
} as const;

/**
 * The context of every JSON-LD export: the W3C Web Annotation context, so annotations read as
 * the Web Annotation model writes them, and the vocabulary's terms on top.
 */
export const JSON_LD_CONTEXT = [ANNO_CONTEXT_URL, VOCABULARY_TERMS];

/** Remote contexts come from the bundle: exports and the annotation protocol never touch the network. */
export async function bundledContexts(url: string) {
  if (url === ANNO_CONTEXT_URL || url === `${ANNO_CONTEXT_URL.replace('http:', 'https:')}`) {
    return { contextUrl: null, documentUrl: url, document: ANNO_CONTEXT_DOCUMENT };
  }
  throw new Error(`Context ${url} is niet meegeleverd; alleen ${ANNO_CONTEXT_URL} wordt zonder netwerk geladen.`);
}
