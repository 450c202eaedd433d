import { describe, expect, it } from 'vitest';
import { sanitizeHighlight } from './sanitize-highlight';

describe('sanitizeHighlight', () => {
  it('keeps <mark> around matches and the already escaped text as it is', () => {
    expect(sanitizeHighlight('Het <mark>vakmanscha</mark>p van A &amp; B')).toBe('Het <mark>vakmanscha</mark>p van A &amp; B');
  });

  it('neutralises every other tag', () => {
    expect(sanitizeHighlight('<img src=x onerror=alert(1)><mark>a</mark><script>x</script>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>a</mark>&lt;script&gt;x&lt;/script&gt;',
    );
  });

  it('does not let attributes ride on a mark tag', () => {
    expect(sanitizeHighlight('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick=&quot;x&quot;&gt;a');
  });

  it('balances unmatched tags', () => {
    expect(sanitizeHighlight('</mark>a<mark>b<mark>c')).toBe('a<mark>bc</mark>');
  });
});
