import { AnnotationMotivation, TermRelationKind } from '@werkkennis/kernel';
import { groupedBy } from '@werkkennis/persistence';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import type { DefinitionEntity } from '../definitions/definition.entity';
import type { TermCollectionEntity, TermEntity, TermRelationEntity } from '../terms/term.entity';
import type { VocabularyUris } from '../vocabulary-uris';
import { JSON_LD_CONTEXT } from './json-ld-context';

/** Everything one export describes, read from the database in a few statements. */
export interface VocabularySnapshot {
  terms: TermEntity[];
  /** Every relation row of the terms; the stored inverse rows become skos:narrower and the like. */
  relations: TermRelationEntity[];
  /** Terms referred to by a relation but not described themselves (the neighbours of a single term). */
  relatedTerms: TermEntity[];
  collections: TermCollectionEntity[];
  memberships: { termId: string; collectionId: string }[];
  definitions: DefinitionEntity[];
  organizations: { id: string; slug: string; name: string }[];
  people: { id: string; name: string }[];
  annotations: AnnotationEntity[];
}

export type JsonLdNode = Record<string, unknown>;
export interface JsonLdDocument {
  '@context': typeof JSON_LD_CONTEXT;
  '@graph': JsonLdNode[];
}

/** W3C motivations; supporting and contesting are ours, refinements of oa:assessing. */
const MOTIVATION: Record<AnnotationMotivation, string> = {
  COMMENTING: 'commenting',
  QUESTIONING: 'questioning',
  LINKING: 'linking',
  SUPPORTING: 'supporting',
  CONTESTING: 'contesting',
};

/** Defined as the Web Annotation model asks of new motivations: SKOS concepts narrower than an existing one. */
const OWN_MOTIVATIONS: JsonLdNode[] = [
  { id: 'wk:supporting', type: 'Concept', broader: 'oa:assessing', prefLabel: { nl: 'steunen', en: 'supporting' } },
  { id: 'wk:contesting', type: 'Concept', broader: 'oa:assessing', prefLabel: { nl: 'betwisten', en: 'contesting' } },
];

const SCHEME_LABEL = { nl: 'Werkkennis: omstreden begrippen in re-integratie', en: 'Werkkennis: contested terms in re-integration' };

/** Leaves out what is empty, so the graph holds no blank labels or notes. */
function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)),
  );
}

function languageMap(values: Record<string, string | string[] | null>): Record<string, string | string[]> | undefined {
  const present = Object.entries(values).filter(([, value]) => (Array.isArray(value) ? value.length : value));
  return present.length ? (Object.fromEntries(present) as Record<string, string | string[]>) : undefined;
}

/**
 * The vocabulary as a JSON-LD graph: terms as skos:Concept (NL-SBB: uitleg as rdfs:comment),
 * definitions per perspective as resources (the SKOS Primer's form for a documented
 * skos:definition), collections as skos:Collection, annotations as W3C Web Annotations.
 */
export function vocabularyDocument(snapshot: VocabularySnapshot, uris: VocabularyUris): JsonLdDocument {
  const termUri = new Map([...snapshot.terms, ...snapshot.relatedTerms].map((term) => [term.id, uris.term(term)]));
  const organizationUri = new Map(snapshot.organizations.map((organization) => [organization.id, uris.organization(organization.slug)]));
  const termIds = snapshot.terms.map((term) => term.id);
  const byTerm = <T>(rows: T[], termIdOf: (row: T) => string): Map<string, T[]> => {
    const groups = groupedBy(termIds, rows, termIdOf);
    return new Map(termIds.map((id, index) => [id, groups[index]]));
  };
  const relationsOf = byTerm(snapshot.relations, (row) => row.termId);
  const definitionsOf = byTerm(snapshot.definitions, (definition) => definition.termId);
  const relatedOf = (termId: string, kind: TermRelationKind) => relationsOf.get(termId)!.filter((row) => row.kind === kind).map((row) => termUri.get(row.relatedTermId));
  const scheme = uris.scheme();

  const concepts = snapshot.terms.map((term) =>
    compact({
      id: termUri.get(term.id),
      type: 'Concept',
      inScheme: scheme,
      topConceptOf: relatedOf(term.id, TermRelationKind.BROADER).length ? null : scheme,
      prefLabel: languageMap({ nl: term.label, en: term.labelEn }),
      altLabel: languageMap({ nl: term.altLabelsNl, en: term.altLabelsEn, '@none': term.abbreviations }),
      abbreviation: term.abbreviations,
      scopeNote: term.scopeNote,
      explanation: term.plainExplanation,
      status: term.status,
      broader: relatedOf(term.id, TermRelationKind.BROADER),
      narrower: relatedOf(term.id, TermRelationKind.NARROWER),
      related: relatedOf(term.id, TermRelationKind.RELATED),
      definition: definitionsOf.get(term.id)!.map((definition) => uris.definition(definition.id)),
      modified: term.updatedAt.toISOString(),
    }),
  );

  const definitions = snapshot.definitions.map((definition) =>
    compact({
      id: uris.definition(definition.id),
      type: 'Definition',
      value: definition.text,
      perspective: definition.perspective,
      citation: definition.source,
      derivedFrom: definition.sourceUrl,
      // The source's publisher: an organisation on Werkkennis, or an outside party by name; never who entered it (creator).
      publisher: definition.organizationId
        ? organizationUri.get(definition.organizationId)
        : definition.sourcePublisher
          ? { type: 'Organization', name: definition.sourcePublisher }
          : null,
      creator: uris.person(definition.authorId),
      version: definition.version,
      created: definition.createdAt.toISOString(),
      modified: definition.updatedAt.toISOString(),
    }),
  );

  const collections = snapshot.collections.map((collection) =>
    compact({
      id: uris.collection(collection),
      type: 'Collection',
      prefLabel: languageMap({ nl: collection.label, en: collection.labelEn }),
      member: snapshot.memberships.filter((row) => row.collectionId === collection.id).map((row) => termUri.get(row.termId)),
    }),
  );

  const annotations = snapshot.annotations.map((annotation) => {
    const definition = uris.definition(annotation.definitionId);
    const target = annotation.replyToId
      ? uris.annotation(annotation.replyToId)
      : annotation.quoteExact !== null
        ? { type: 'SpecificResource', source: definition, selector: { type: 'TextQuoteSelector', exact: annotation.quoteExact, prefix: annotation.quotePrefix, suffix: annotation.quoteSuffix } }
        : definition;
    return compact({
      id: uris.annotation(annotation.id),
      type: 'Annotation',
      motivation: annotation.replyToId ? ['replying', MOTIVATION[annotation.motivation]] : MOTIVATION[annotation.motivation],
      body: [{ type: 'TextualBody', value: annotation.body, format: 'text/markdown' }, ...annotation.references],
      target,
      creator: uris.person(annotation.authorId),
      created: annotation.createdAt.toISOString(),
      modified: annotation.updatedAt.toISOString(),
    });
  });

  return {
    '@context': JSON_LD_CONTEXT,
    '@graph': [
      { id: scheme, type: 'ConceptScheme', prefLabel: SCHEME_LABEL, hasTopConcept: concepts.filter((concept) => concept.topConceptOf).map((concept) => concept.id) },
      ...concepts,
      ...definitions,
      ...collections,
      ...snapshot.organizations.map((organization) => ({ id: organizationUri.get(organization.id), type: 'Organization', name: organization.name, identifier: organization.slug })),
      ...snapshot.people.map((person) => ({ id: uris.person(person.id), type: 'Person', name: person.name })),
      ...annotations,
      ...(annotations.length ? OWN_MOTIVATIONS : []),
    ],
  };
}
