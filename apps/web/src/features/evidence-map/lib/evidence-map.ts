import type { Determinant, EvidenceLevel, TargetGroup } from '../../../graphql/schema-types.generated';
import type { EnumName } from '../../../shared/hooks/useEnumLabel';
import { toSearchParams } from '../../search/lib/search-state';
import type { EvidenceGapMapQuery } from '../graphql/evidence-gap-map.generated';

export type GapMap = EvidenceGapMapQuery['evidenceGapMap'];
export type GapCell = GapMap['cells'][number];

/** The interface's label of an enum value, in the reader's language (useEnumLabel). */
export type EnumLabel = (enumName: EnumName, value: string) => string;

/**
 * One colour per rung, light to dark (ColorBrewer YlGnBu, safe for colour blindness and in grey);
 * the rung is also drawn as filled blocks, so the map reads without colour.
 */
export const RUNG_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Sizes in SVG units. Column labels are slanted, and run on past the last column. */
export const GEOMETRY = {
  cell: 68,
  rowLabelWidth: 260,
  headerHeight: 180,
  rightMargin: 120,
  /** The square that shows the count, at one intervention and at the most. */
  smallestSquare: 18,
  largestSquare: 46,
  legendGap: 36,
  legendRow: 26,
} as const;

/** The step on the ladder, 1 for the lowest; 0 for a gap. */
export function rungOf(map: GapMap, level: EvidenceLevel | null): number {
  return level ? map.evidenceLadder.indexOf(level) + 1 : 0;
}

/** The search page, narrowed to this cell: the interventions for this determinant and this target group. */
export function cellSearchPath(cell: Pick<GapCell, 'determinant' | 'targetGroup'>): string {
  return `/?${toSearchParams({ query: '', filters: { determinants: [cell.determinant], targetGroups: [cell.targetGroup] }, page: 1 })}`;
}

export function cellAt(map: GapMap, determinant: Determinant, targetGroup: TargetGroup): GapCell | undefined {
  return map.cells.find((cell) => cell.determinant === determinant && cell.targetGroup === targetGroup);
}

export interface PlacedCell {
  cell: GapCell;
  x: number;
  y: number;
  rung: number;
  /** Side of the count's square; its area grows with the number of interventions. */
  square: number;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: { targetGroup: TargetGroup; x: number }[];
  rows: { determinant: Determinant; y: number }[];
  cells: PlacedCell[];
  legendY: number;
  mostInterventions: number;
}

/** Where everything of the map goes: rows are determinants, columns target groups. */
export function layoutEvidenceMap(map: GapMap): MapLayout {
  const { cell, rowLabelWidth, headerHeight, rightMargin, smallestSquare, largestSquare, legendGap, legendRow } = GEOMETRY;
  const columns = map.targetGroups.map((targetGroup, index) => ({ targetGroup, x: rowLabelWidth + index * cell }));
  const rows = map.determinants.map((determinant, index) => ({ determinant, y: headerHeight + index * cell }));
  const mostInterventions = Math.max(1, ...map.cells.map((c) => c.interventions));
  const cells = rows.flatMap(({ determinant, y }) =>
    columns.flatMap(({ targetGroup, x }) => {
      const found = cellAt(map, determinant, targetGroup);
      if (!found) return [];
      const share = found.interventions ? Math.sqrt(found.interventions / mostInterventions) : 0;
      const square = found.interventions ? Math.round(smallestSquare + (largestSquare - smallestSquare) * share) : 0;
      return [{ cell: found, x, y, rung: rungOf(map, found.bestEvidenceLevel), square }];
    }),
  );
  const legendY = headerHeight + rows.length * cell + legendGap;
  return {
    width: rowLabelWidth + columns.length * cell + rightMargin,
    height: legendY + legendRow * (map.evidenceLadder.length + 1) + 12,
    columns,
    rows,
    cells,
    legendY,
    mostInterventions,
  };
}
