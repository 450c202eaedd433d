import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import nl from '../../../i18n/locales/nl.json';
import type { TermMention } from '../../lib/term-mentions';
import termLinkStyles from '../TermLink.module.css';
import { Markdown } from './Markdown';
import styles from './Markdown.module.css';

const render = (text: string, headingLevel?: 3 | 4) => renderToStaticMarkup(<Markdown text={text} headingLevel={headingLevel} />);

describe('Markdown', () => {
  it('renders paragraphs, emphasis and lists', () => {
    expect(render('Eerste *alinea*.\n\n- een\n- twee')).toBe(
      `<div class="${styles.markdown}"><p>Eerste <em>alinea</em>.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul></div>`,
    );
  });

  it('shows raw HTML as text, never as elements', () => {
    const html = render('<script>window.__xss=1</script>\n\nNa <img src=x onerror="window.__xss=1"> en <a href="javascript:window.__xss=1">a</a> "><svg onload=window.__xss=1>');
    expect(html).not.toMatch(/<(script|img|svg)\b/);
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(html).toContain('&lt;svg onload=window.__xss=1&gt;');
  });

  it('keeps safe links, with rel nofollow, and turns unsafe ones into text', () => {
    const html = render('[bron](https://example.org/rapport) [mail](mailto:a@werkkennis.example) [klik](javascript:window.__xss=1) <javascript:alert(1)>');
    expect(html).toContain('<a href="https://example.org/rapport" rel="noopener noreferrer nofollow">bron</a>');
    expect(html).toContain('<a href="mailto:a@werkkennis.example" rel="noopener noreferrer nofollow">mail</a>');
    expect(html).toContain('<span>klik</span>');
    expect(html).not.toContain('javascript:window');
    expect(html).not.toMatch(/href="javascript/i);
  });

  it('shows an image as its description', () => {
    const html = render('![Grafiek van de uitstroom](https://tracker.example/pixel.gif)');
    expect(html).not.toContain('<img');
    expect(html).toContain(`<span class="${styles.imageAlt}">Grafiek van de uitstroom</span>`);
  });

  it('fits headings below the section heading, without gaps', () => {
    expect(render('### Eerst\n\n##### Daarna\n\n# Bovenaan', 3)).toBe(
      `<div class="${styles.markdown}"><h4>Eerst</h4>\n<h5>Daarna</h5>\n<h3>Bovenaan</h3></div>`,
    );
    expect(render('# A\n\n## B\n\n### C\n\n#### D', 4)).toContain('<h6>C</h6>\n<h6>D</h6>');
  });

  it('turns headings into bold paragraphs where no level is given', () => {
    expect(render('# Kop')).toBe(`<div class="${styles.markdown}"><p class="${styles.heading}"><strong>Kop</strong></p></div>`);
  });
});

describe('Markdown with term mentions', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } });
  });

  const mentionOf = (text: string, matchedText: string, termSlug: string, from = 0): TermMention => {
    const start = text.indexOf(matchedText, from);
    return { field: 'goal', start, end: start + matchedText.length, matchedText, termSlug, label: termSlug.replace('-', ' ') };
  };
  const renderWith = (text: string, mentions: TermMention[]) =>
    renderToStaticMarkup(
      <MemoryRouter>
        <Markdown text={text} mentions={mentions} headingLevel={3} />
      </MemoryRouter>,
    );
  const termLink = (slug: string, words: string, label = slug) =>
    `<a class="${termLinkStyles.termLink}" title="Omstreden begrip: ${label}. Bekijk de definities per perspectief." href="/begrippen/${slug}" data-discover="true">${words}<span class="visually-hidden"> (omstreden begrip)</span></a>`;

  it('links the mentioned words to the term page, inside emphasis and lists too', () => {
    const text = 'Wij willen *meer vakmanschap*.\n\n- Duurzame werkhervatting voor iedereen';
    const html = renderWith(text, [mentionOf(text, 'vakmanschap', 'vakmanschap'), mentionOf(text, 'Duurzame werkhervatting', 'duurzame-werkhervatting')]);
    expect(html).toContain(`<em>meer ${termLink('vakmanschap', 'vakmanschap')}</em>.`);
    expect(html).toContain(`<li>${termLink('duurzame-werkhervatting', 'Duurzame werkhervatting', 'duurzame werkhervatting')} voor iedereen</li>`);
  });

  it('never links inside a link or code, and keeps escaping raw HTML', () => {
    const text = '[vakmanschap](https://example.org) `maatwerk` <b>maatwerk</b> en maatwerk';
    const html = renderWith(text, [mentionOf(text, 'vakmanschap', 'vakmanschap'), mentionOf(text, 'maatwerk', 'maatwerk'), mentionOf(text, 'maatwerk', 'maatwerk', 60)]);
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">vakmanschap</a>');
    expect(html).toContain('<code>maatwerk</code>');
    expect(html).toContain('&lt;b&gt;maatwerk&lt;/b&gt;');
    expect(html).toContain(`en ${termLink('maatwerk', 'maatwerk')}</p>`);
    expect(html).not.toMatch(/<b>/);
  });

  it('finds the words where Markdown changed the text (escapes), and ignores stale offsets', () => {
    const text = 'Een \\*ster\\* en vakmanschap.';
    expect(renderWith(text, [mentionOf(text, 'vakmanschap', 'vakmanschap')])).toContain(`*ster* en ${termLink('vakmanschap', 'vakmanschap')}.`);
    const plain = 'Wij vragen vakmanschap.';
    const stale = { ...mentionOf(plain, 'vakmanschap', 'vakmanschap'), start: 0, end: 11 };
    expect(renderWith(plain, [stale])).not.toContain('term-link');
  });
});

describe('Markdown with highlighted passages', () => {
  const highlight = (id: string, start: number, end: number, marker: string) => ({ id, start, end, target: `annotation-${id}`, marker, markerLabel: `naar annotatie ${marker}` });

  it('marks a passage and links it to its annotation, also across emphasis and where passages overlap', () => {
    const text = 'Regels zijn een *middel*, geen doel.';
    const html = renderToStaticMarkup(<Markdown text={text} highlights={[highlight('a', 7, 24, '1'), highlight('b', 16, 30, '2')]} />);
    expect(html).toContain('Regels <mark data-passages="a" tabindex="-1">zijn een </mark><em><mark data-passages="a b" tabindex="-1">middel</mark></em>');
    // The closing "*" is Markdown syntax: passage a ends in it, so its link follows the next marked words.
    expect(html).toContain(`<a href="#annotation-b" class="${styles.passageLink}"><sup>2</sup><span class="visually-hidden"> naar annotatie 2</span></a>`);
    expect(html).not.toContain('<script');
  });

  it('leaves a text without passages as it was', () => {
    expect(renderToStaticMarkup(<Markdown text="Geen passages." highlights={[]} />)).toBe(`<div class="${styles.markdown}"><p>Geen passages.</p></div>`);
  });
});
