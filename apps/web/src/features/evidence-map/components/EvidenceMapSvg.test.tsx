import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import nl from '../../../i18n/locales/nl.json';
import { SMALL_MAP } from '../lib/evidence-map.fixture';
import { EvidenceMapSvg } from './EvidenceMapSvg';

/** The map as React writes it, parsed just enough to look at its parts. */
function renderedMap(): string {
  return renderToStaticMarkup(
    <MemoryRouter>
      <EvidenceMapSvg map={SMALL_MAP} />
    </MemoryRouter>,
  );
}
const all = (markup: string, pattern: RegExp) => [...markup.matchAll(pattern)];

describe('the evidence map as SVG', () => {
  let svg: string;

  beforeAll(async () => {
    await i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } });
    svg = renderedMap();
  });

  it('is a self-contained SVG with a title and a description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<title id="');
    expect(svg).toContain('>Bewijskaart: determinanten tegen doelgroepen</title>');
    expect(svg).toContain('<desc id="');
  });

  it('makes each cell with interventions a link to the search for them, named in full', () => {
    const links = all(svg, /<a [^>]*>/g).map(([tag]) => ({
      href: /href="([^"]+)"/.exec(tag)![1].replace(/&amp;/g, '&'),
      name: /aria-label="([^"]+)"/.exec(tag)![1],
    }));
    expect(links).toHaveLength(4);
    expect(links[0].href).toBe('/?targetGroups=WW&determinants=MOTIVATION_ATTITUDE');
    expect(links[0].name).toBe(
      'Motivatie en attitude bij WW (werkloosheid): 8 interventies, beste erkenningsniveau Effectief: sterke aanwijzingen (trede 5 van 5). Zoek deze interventies.',
    );
    expect(links[2].name).toContain(': 1 interventie, beste erkenningsniveau Goed beschreven (trede 1 van 5)');
  });

  it('writes the count in each filled cell and fills the rung in blocks, readable without colour', () => {
    const counts = all(svg, /font-weight="700"[^>]*paint-order="stroke">(\d+)<\/text>/g).map((match) => Number(match[1]));
    expect(counts).toEqual([8, 2, 1, 2]);
    // The first cell's five blocks are all filled (rung 5); the third's one (rung 1).
    const cells = all(svg, /<a [\s\S]*?<\/a>/g).map(([cell]) => cell);
    const filledBlocks = (cell: string) => all(cell, /width="6" height="6" fill="#1b1f24"/g).length;
    expect(cells.map(filledBlocks)).toEqual([5, 3, 1, 4]);
  });

  it('hatches the gaps and names them for screen readers', () => {
    const gaps = all(svg, /<g role="img" aria-label="([^"]+)"[^>]*><rect[^>]*fill="url\(#([^)]+)\)"/g);
    expect(gaps.map((gap) => gap[1])).toEqual([
      'Motivatie en attitude bij Nieuwkomers: lacune, geen interventies.',
      'Sociale norm bij WIA (arbeidsongeschiktheid): lacune, geen interventies.',
    ]);
    expect(svg).toContain(`<pattern id="${gaps[0][2]}"`);
    expect(gaps[0][2]).toMatch(/^[a-zA-Z0-9-]+$/);
  });

  it('carries its legend: every rung, the gap and what the size means', () => {
    for (const level of Object.values(nl.enums.EvidenceLevel)) expect(svg).toContain(`>${level}</text>`);
    expect(svg).toContain('>Lacune: geen interventies</text>');
    expect(svg).toContain('>Vierkant en getal: aantal interventies</text>');
  });
});
