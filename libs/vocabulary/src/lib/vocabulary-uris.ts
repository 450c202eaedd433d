import { Inject, Injectable, Optional } from '@nestjs/common';

export interface VocabularyOptions {
  /** Where the vocabulary's URIs start, e.g. `https://werkkennis.gemeente.nl/`. */
  baseUri: string;
}

export const VOCABULARY_OPTIONS = Symbol('VOCABULARY_OPTIONS');
export const DEFAULT_BASE_URI = 'https://werkkennis.example/';

/**
 * The stable URIs of the vocabulary: one place that makes them and reads them back, so export
 * and import (which merges by URI) always agree. Imported concepts keep their own URI.
 */
@Injectable()
export class VocabularyUris {
  readonly base: string;

  constructor(@Optional() @Inject(VOCABULARY_OPTIONS) options?: VocabularyOptions) {
    const base = options?.baseUri ?? DEFAULT_BASE_URI;
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  scheme(): string {
    return `${this.base}vocabulary`;
  }

  term(term: { slug: string; uri: string | null }): string {
    return term.uri ?? this.under('terms', term.slug);
  }

  collection(collection: { slug: string; uri: string | null }): string {
    return collection.uri ?? this.under('collections', collection.slug);
  }

  definition(id: string): string {
    return this.under('definitions', id);
  }

  /** One version of a definition, as it read then: what an annotation made on that version points to. */
  definitionVersion(id: string, version: number): string {
    return `${this.definition(id)}/versions/${version}`;
  }

  /** The Web Annotation Protocol container of a definition's annotations. */
  annotationContainer(definitionId: string): string {
    return `${this.definition(definitionId)}/annotations/`;
  }

  organization(slug: string): string {
    return this.under('organizations', slug);
  }

  person(id: string): string {
    return this.under('people', id);
  }

  annotation(id: string): string {
    return this.under('annotations', id);
  }

  /** The slug or id in one of our own URIs of this kind, or null for anyone else's URI. */
  keyIn(kind: 'terms' | 'collections' | 'definitions' | 'organizations' | 'people' | 'annotations', uri: string): string | null {
    const prefix = `${this.base}${kind}/`;
    if (!uri.startsWith(prefix)) return null;
    const key = decodeURIComponent(uri.slice(prefix.length));
    return key && !key.includes('/') ? key : null;
  }

  private under(kind: string, key: string): string {
    return `${this.base}${kind}/${encodeURIComponent(key)}`;
  }
}
