import { type EnumLabel, type GapMap, rungOf } from './evidence-map';

/** The column headings, in the reader's language. */
export interface CsvHeadings {
  determinant: string;
  targetGroup: string;
  interventions: string;
  bestLevel: string;
  rung: string;
  determinantCode: string;
  targetGroupCode: string;
  bestLevelCode: string;
}

/** One field as RFC 4180 wants it: quoted when it holds a quote, a comma or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The map as a table of one row per cell (gaps included): labels to read, the rung to sort on,
 * and the API's codes, which stay the same in every language.
 */
export function evidenceMapCsv(map: GapMap, label: EnumLabel, headings: CsvHeadings): string {
  const header = [
    headings.determinant,
    headings.targetGroup,
    headings.interventions,
    headings.bestLevel,
    headings.rung,
    headings.determinantCode,
    headings.targetGroupCode,
    headings.bestLevelCode,
  ];
  const rows = map.cells.map((cell) => {
    const level = cell.bestEvidenceLevel;
    return [
      label('Determinant', cell.determinant),
      label('TargetGroup', cell.targetGroup),
      cell.interventions,
      level ? label('EvidenceLevel', level) : '',
      level ? rungOf(map, level) : '',
      cell.determinant,
      cell.targetGroup,
      level ?? '',
    ];
  });
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
