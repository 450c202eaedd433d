/** The part of @nlpjs/lang-nl (no bundled types) that the vocabulary uses: the Snowball Dutch stemmer. */
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
}
