import { MATCH_END, MATCH_START, escapeHtml, hasMatch, renderHighlight, stripMatchMarkers } from './highlight';

const marked = (word: string): string => `${MATCH_START}${word}${MATCH_END}`;

/** Every tag left in the output; only <mark> and </mark> may remain. */
const tagsIn = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

describe('renderHighlight', () => {
  it('sets the parts of an excerpt apart with a separator instead of gluing them together', () => {
    expect(renderHighlight(`Meer mensen vinden werk.\n\nHogere ${marked('uitstroom')}\n \n\nen vertrouwen`)).toBe(
      'Meer mensen vinden werk. … Hogere <mark>uitstroom</mark> … en vertrouwen',
    );
  });

  it('turns match markers into <mark> elements', () => {
    expect(renderHighlight(`duurzame ${marked('werkhervatting')} na ziekte`)).toBe(
      'duurzame <mark>werkhervatting</mark> na ziekte',
    );
  });

  it('escapes a script tag around a match', () => {
    const html = renderHighlight(`<script>alert(1)</script> ${marked('vakmanschap')}`);
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>vakmanschap</mark>');
    expect(tagsIn(html)).toEqual(['<mark>', '</mark>']);
  });

  it('escapes an image with an onerror handler inside the match', () => {
    const html = renderHighlight(marked('<img src=x onerror="alert(1)">'));
    expect(html).toBe('<mark>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</mark>');
    expect(tagsIn(html)).toEqual(['<mark>', '</mark>']);
  });

  it('escapes quotes and ampersands so attributes cannot be broken out of', () => {
    expect(renderHighlight(`a "b" & 'c' ${marked('d')}`)).toBe(
      'a &quot;b&quot; &amp; &#39;c&#39; <mark>d</mark>',
    );
  });

  it('drops stray markers instead of producing unbalanced markup', () => {
    expect(renderHighlight(`${MATCH_START}open ${marked('ok')} close${MATCH_END}`)).toBe(
      'open <mark>ok</mark> close',
    );
  });

  it('leaves text without matches escaped and unmarked', () => {
    expect(renderHighlight('<b>geen treffer</b>')).toBe('&lt;b&gt;geen treffer&lt;/b&gt;');
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('stripMatchMarkers removes forged markers from indexed text', () => {
    expect(stripMatchMarkers(`nep${MATCH_START}markering${MATCH_END}`)).toBe('nepmarkering');
  });

  it('hasMatch tells whether Meilisearch marked anything', () => {
    expect(hasMatch(marked('x'))).toBe(true);
    expect(hasMatch('x')).toBe(false);
  });
});
