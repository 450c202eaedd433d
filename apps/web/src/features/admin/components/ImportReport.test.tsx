import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en.json';
import nl from '../../../i18n/locales/nl.json';
import { ImportReport } from './ImportReport';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const SKOS = 'http://www.w3.org/2004/02/skos/core#';

const report = {
  added: [{ kind: 'TERM' as const, uri: 'https://elders.example/begrip/loonwaarde', label: 'loonwaarde' }],
  changed: [],
  refused: [{ uri: 'https://elders.example/begrip/onder', reason: 'skos:related naar https://elders.example/begrip/boven botst met de hiërarchie.' }],
  unchanged: 3,
  notKept: [{ subject: 'https://elders.example/schema', predicate: `${SKOS}prefLabel`, object: '"Ander kader"@nl', reason: 'Werkkennis heeft één eigen begrippenkader.' }],
};

describe('ImportReport: what an import would do, before it is applied', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
  });

  it('lists what is added and refused, and every statement not kept with its reason, under headings and in tables', async () => {
    await i18n.changeLanguage('nl');
    const html = renderToStaticMarkup(<ImportReport id="preview" title="Voorbeeld" report={report} />);
    const text = textOf(html);
    expect(text).toContain('1 toegevoegd, 0 gewijzigd, 1 geweigerd, 1 uitspraken niet bewaard, 3 ongewijzigd.');
    expect(text).toContain('Toegevoegd (1) Begrip: loonwaarde https://elders.example/begrip/loonwaarde');
    expect(text).toContain('Geweigerd (1) URI Reden https://elders.example/begrip/onder skos:related naar');
    expect(text).toContain('Niet bewaard (1 uitspraak) Onderwerp Eigenschap Waarde Reden https://elders.example/schema skos:prefLabel "Ander kader"@nl Werkkennis heeft één eigen begrippenkader.');
    expect(html).toMatch(/<h3 id="preview"[^>]*>Voorbeeld<\/h3>/);
    expect(html.match(/<th scope="col">/g)).toHaveLength(6);
  });

  it('says plainly when nothing is lost, in English too', async () => {
    await i18n.changeLanguage('en');
    const text = textOf(renderToStaticMarkup(<ImportReport id="applied" title="Applied" report={{ ...report, refused: [], notKept: [] }} />));
    expect(text).toContain('Not kept (0 statements) Nothing is lost: every statement of the file comes back in the export.');
  });
});
