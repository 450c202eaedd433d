import i18n from 'i18next';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import nl from '../i18n/locales/nl.json';
import { SiteHeader } from './SiteHeader';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start) + start.length, text.indexOf(end));
const compact = (html: string) => html.replace(/>\s+</g, '><').trim();

/** The header as React renders it for a signed-out Dutch visitor, on no page in particular. */
function renderedHeader(): string {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/static-shell']}>
      <SiteHeader session={{ status: 'signedOut', expired: false }} onSignOut={() => undefined} />
    </MemoryRouter>,
  );
}

describe('the static shell in index.html', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } });
  });

  it('is the header React renders, so the first paint matches what replaces it', () => {
    const shell = between(indexHtml, '<!-- static-shell:start -->', '<!-- static-shell:end -->');
    // If this fails after a change to SiteHeader, copy the rendered header into index.html.
    expect(compact(shell)).toBe(renderedHeader());
  });

  it('sits inside the root element, where React replaces it', () => {
    const root = between(indexHtml, '<div id="root">', '<noscript>');
    expect(root).toContain('<!-- static-shell:start -->');
  });
});
