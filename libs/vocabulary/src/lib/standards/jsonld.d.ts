/**
 * The part of jsonld 9 that Werkkennis uses. The package ships no types, and @types/jsonld
 * describes an older API (no `safe` mode, `@version` as a string where JSON-LD wants 1.1).
 */
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }

  interface Options {
    /** Refuse what would be dropped silently (unmapped terms, invalid values). */
    safe?: boolean;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
  }

  const jsonld: {
    toRDF(input: object, options: Options & { format: 'application/n-quads' }): Promise<string>;
    fromRDF(input: string, options: Options & { format: 'application/n-quads'; useNativeTypes?: boolean }): Promise<object[]>;
    expand(input: object, options?: Options): Promise<Record<string, unknown>[]>;
    canonize(input: object, options: Options & { algorithm: 'URDNA2015'; format: 'application/n-quads' }): Promise<string>;
    compact(input: object, context: unknown, options?: Options): Promise<Record<string, unknown>>;
  };
  export default jsonld;
}
