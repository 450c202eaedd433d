import { describe, expect, it } from 'vitest';
import nl from '../../../i18n/locales/nl.json';
import { parseSearchParams } from '../../search/lib/search-state';
import { evidenceMapCsv } from './evidence-map-csv';
import { cellSearchPath, type EnumLabel, GEOMETRY, layoutEvidenceMap } from './evidence-map';
import { LADDER, SMALL_MAP } from './evidence-map.fixture';

/** Labels as the interface gives them, made recognisable here. */
const label: EnumLabel = (enumName, value) => `${enumName}:${value}`;

/** The column headings the Dutch interface gives the CSV. */
const HEADINGS = nl.evidenceMap.csv;

describe('the evidence map layout', () => {
  const layout = layoutEvidenceMap(SMALL_MAP);
  const placed = (determinant: string, targetGroup: string) =>
    layout.cells.find(({ cell }) => cell.determinant === determinant && cell.targetGroup === targetGroup)!;

  it('puts determinants in rows and target groups in columns, in the order the API gives', () => {
    expect(layout.rows.map((row) => row.determinant)).toEqual(SMALL_MAP.determinants);
    expect(layout.columns.map((column) => column.targetGroup)).toEqual(SMALL_MAP.targetGroups);
    expect(placed('SOCIAL_NORM', 'WIA')).toMatchObject({ x: layout.columns[1].x, y: layout.rows[1].y });
    expect(layout.cells).toHaveLength(6);
  });

  it('sizes each square by its number of interventions, the most filling the largest', () => {
    expect(placed('MOTIVATION_ATTITUDE', 'WW').square).toBe(GEOMETRY.largestSquare);
    expect(placed('SOCIAL_NORM', 'WW').square).toBeGreaterThanOrEqual(GEOMETRY.smallestSquare);
    expect(placed('SOCIAL_NORM', 'WW').square).toBeLessThan(placed('MOTIVATION_ATTITUDE', 'WIA').square);
    expect(placed('MOTIVATION_ATTITUDE', 'WIA').square).toBe(placed('SOCIAL_NORM', 'NEWCOMERS').square);
  });

  it('gives each cell its rung on the ladder, and a gap none', () => {
    expect(layout.cells.map(({ rung }) => rung)).toEqual([5, 3, 0, 1, 0, 4]);
    expect(placed('SOCIAL_NORM', 'WIA').square).toBe(0);
  });

  it('leaves room for the legend below the grid', () => {
    expect(layout.legendY).toBeGreaterThan(layout.rows[1].y + GEOMETRY.cell);
    expect(layout.height).toBeGreaterThan(layout.legendY + LADDER.length * GEOMETRY.legendRow);
  });
});

describe('a cell of the map in the search', () => {
  it('opens the search with its determinant and its target group as filters', () => {
    const path = cellSearchPath({ determinant: 'SELF_EFFICACY', targetGroup: 'WAJONG' });
    expect(path.startsWith('/?')).toBe(true);
    expect(parseSearchParams(new URLSearchParams(path.slice(2)))).toEqual({
      query: '',
      filters: { determinants: ['SELF_EFFICACY'], targetGroups: ['WAJONG'] },
      page: 1,
    });
  });
});

describe('the evidence map as CSV', () => {
  const lines = evidenceMapCsv(SMALL_MAP, label, HEADINGS).split('\r\n');

  it('has a heading and one line per cell, gaps included, ending in a line break', () => {
    expect(lines[0]).toBe('Determinant,Doelgroep,Aantal interventies,Beste erkenningsniveau,Trede (1-5),Code determinant,Code doelgroep,Code erkenningsniveau');
    expect(lines).toHaveLength(SMALL_MAP.cells.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('gives labels, the count, the rung and the codes of each cell', () => {
    expect(lines[1]).toBe(
      'Determinant:MOTIVATION_ATTITUDE,TargetGroup:WW,8,EvidenceLevel:STRONG_INDICATIONS,5,MOTIVATION_ATTITUDE,WW,STRONG_INDICATIONS',
    );
    expect(lines[3]).toBe('Determinant:MOTIVATION_ATTITUDE,TargetGroup:NEWCOMERS,0,,,MOTIVATION_ATTITUDE,NEWCOMERS,');
  });

  it('quotes a label with a comma or a quote in it', () => {
    const quirky: EnumLabel = (enumName, value) => (value === 'WW' ? 'WW, "werkloosheid"' : label(enumName, value));
    const [, first] = evidenceMapCsv(SMALL_MAP, quirky, HEADINGS).split('\r\n');
    expect(first).toContain('"WW, ""werkloosheid"""');
  });
});
