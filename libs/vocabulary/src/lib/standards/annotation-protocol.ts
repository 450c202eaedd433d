import { DomainError, type Message, message } from '@werkkennis/kernel';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import { createHash } from 'node:crypto';
import type { VocabularyUris } from '../vocabulary-uris';
import type { AnnotateDefinitionInput } from '../annotations/annotation.inputs';
import { ANNO_CONTEXT_URL } from './anno-context';
import { NAMESPACES } from './json-ld-context';
import { type AnnotationJson, motivationFrom } from './skos-document';

export const OA_ANNOTATION_SERVICE = `${NAMESPACES.oa}annotationService`;
const PREFER_MINIMAL = `${NAMESPACES.ldp}PreferMinimalContainer`;
const PREFER_IRIS = `${NAMESPACES.oa}PreferContainedIRIs`;
export const PAGE_SIZE = 20;

/** The Link header with which a definition names its annotation container. */
export function annotationServiceLink(uris: VocabularyUris, definitionId: string): string {
  return `<${uris.annotationContainer(definitionId)}>; rel="${OA_ANNOTATION_SERVICE}"`;
}

/** A strong validator of one representation: it changes whenever what it says changes. */
export function etagOf(representation: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(representation)).digest('base64url').slice(0, 27)}"`;
}

/**
 * An annotation's validator, from what its author can change: it can be checked against the
 * row itself inside the write (under its lock), so two writers with one ETag cannot both win.
 */
export function annotationEtag(annotation: Pick<AnnotationEntity, 'id' | 'motivation' | 'body' | 'references' | 'editedAt'>): string {
  const { id, motivation, body, references, editedAt } = annotation;
  return etagOf({ id, motivation, body, references, editedAt: editedAt?.toISOString() ?? null });
}

/** What a Prefer header asks the container for: minimal, IRIs only, or full descriptions (the default). */
export function containerPreference(prefer: string | undefined): 'minimal' | 'iris' | 'descriptions' {
  const include = /include\s*=\s*"([^"]*)"/.exec(prefer ?? '')?.[1].split(/\s+/) ?? [];
  if (include.includes(PREFER_MINIMAL)) return 'minimal';
  if (include.includes(PREFER_IRIS)) return 'iris';
  return 'descriptions';
}

/** One page of a container, as the protocol pages an AnnotationCollection. */
export function annotationPage(container: string, page: number, total: number, items: (AnnotationJson | string)[], iris: boolean, withContext = true) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageIri = (number: number) => `${container}?page=${number}${iris ? '&iris=1' : ''}`;
  return {
    ...(withContext ? { '@context': ANNO_CONTEXT_URL } : {}),
    id: pageIri(page),
    type: 'AnnotationPage',
    partOf: { id: container, total },
    startIndex: page * PAGE_SIZE,
    ...(page + 1 < pages ? { next: pageIri(page + 1) } : {}),
    ...(page > 0 ? { prev: pageIri(page - 1) } : {}),
    items: items.map((item) => (typeof item === 'string' ? item : withoutContext(item))),
  };
}

export function withoutContext({ '@context': _context, ...rest }: AnnotationJson): AnnotationJson {
  return rest;
}

type Json = Record<string, unknown>;
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const idOf = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'object' && value && typeof (value as Json).id === 'string' ? ((value as Json).id as string) : null);

const refuse = (problem: Message) => DomainError.invalidInput({ annotation: [problem] });

/**
 * A Web Annotation from a client (Hypothesis-style JSON in the W3C context) as the input the
 * GraphQL mutation takes: motivation, Markdown body, references (other bodies), the quote of a
 * TextQuoteSelector, or the annotation it replies to.
 */
export function annotationInput(annotation: Json, definitionId: string, uris: VocabularyUris): Omit<AnnotateDefinitionInput, 'definitionId'> {
  const definition = uris.definition(definitionId);
  const motivations = asArray(annotation.motivation).map(String);
  const named = motivations.filter((name) => !['replying', 'oa:replying', `${NAMESPACES.oa}replying`].includes(name));
  const motivation = named.length === 1 ? motivationFrom(named[0]) : null;
  if (!motivation) {
    throw refuse(message('annotationProtocol.unknownMotivation', { supporting: `${NAMESPACES.wk}supporting`, contesting: `${NAMESPACES.wk}contesting` }));
  }

  const bodies = asArray(annotation.body);
  const textual = bodies.find((body): body is Json => typeof body === 'object' && body !== null && (body as Json).type === 'TextualBody');
  const text = typeof annotation.bodyValue === 'string' ? annotation.bodyValue : typeof textual?.value === 'string' ? textual.value : null;
  if (text === null) throw refuse(message('annotationProtocol.noBody'));
  const references = bodies.filter((body) => body !== textual).map(idOf).filter((reference): reference is string => !!reference);

  const [target] = asArray(annotation.target);
  const specific = typeof target === 'object' && target !== null ? (target as Json) : null;
  const targetIri = specific?.source !== undefined ? idOf(specific.source) : idOf(target);
  const replyTo = targetIri ? uris.keyIn('annotations', targetIri) : null;
  if (replyTo) return { motivation, body: text, references, replyToId: replyTo };
  if (targetIri !== definition) throw refuse(message('annotationProtocol.wrongTarget', { definition }));
  const quote = asArray(specific?.selector).find((item): item is Json => (item as Json | null)?.type === 'TextQuoteSelector');
  return {
    motivation,
    body: text,
    references,
    ...(quote ? { quote: { exact: String(quote.exact ?? ''), ...(quote.prefix ? { prefix: String(quote.prefix) } : {}), ...(quote.suffix ? { suffix: String(quote.suffix) } : {}) } } : {}),
  };
}
