import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabel } from '../../../shared/hooks/useEnumLabel';
import { cellSearchPath, GEOMETRY, type GapMap, layoutEvidenceMap, type PlacedCell, RUNG_COLOURS } from '../lib/evidence-map';
import styles from './EvidenceMap.module.css';

// Colours are written on the shapes, not in a stylesheet, so that the downloaded file looks the same.
const TEXT = '#1b1f24';
const LINE = '#d5dbdf';
const CONTROL = '#69757e';
const SURFACE = '#f3f5f6';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PIP = 6;
const PIP_GAP = 2;

/** The rung as blocks, filled up to it: readable without colour, like the ladder on an intervention. */
function Pips({ x, y, rung, steps }: { x: number; y: number; rung: number; steps: number }) {
  return (
    <g>
      {Array.from({ length: steps }, (_, index) => (
        <rect
          key={index}
          x={x + index * (PIP + PIP_GAP)}
          y={y}
          width={PIP}
          height={PIP}
          fill={index < rung ? TEXT : '#ffffff'}
          stroke={index < rung ? TEXT : CONTROL}
          strokeWidth={1}
        />
      ))}
    </g>
  );
}

/** The count on its square: dark text with a white halo, readable on every colour of the scale. */
function Count({ x, y, value }: { x: number; y: number; value: number }) {
  return (
    <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={14} fontWeight={700} fill={TEXT} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
      {value}
    </text>
  );
}

interface CellProps {
  placed: PlacedCell;
  steps: number;
  gapPattern: string;
}

function FilledCell({ placed, steps }: Omit<CellProps, 'gapPattern'>) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { cell, x, y, rung, square } = placed;
  const { cell: size } = GEOMETRY;
  const centreX = x + size / 2;
  const centreY = y + (size - PIP - 8) / 2 + 2;
  const pipsWidth = steps * PIP + (steps - 1) * PIP_GAP;
  return (
    <Link
      to={cellSearchPath(cell)}
      className={styles.cellLink}
      aria-label={t('evidenceMap.cellLink', {
        count: cell.interventions,
        determinant: label('Determinant', cell.determinant),
        targetGroup: label('TargetGroup', cell.targetGroup),
        level: cell.bestEvidenceLevel ? label('EvidenceLevel', cell.bestEvidenceLevel) : '',
        rung,
        steps,
      })}
      data-determinant={cell.determinant}
      data-target-group={cell.targetGroup}
      data-interventions={cell.interventions}
    >
      <rect className={styles.cellFrame} x={x + 1} y={y + 1} width={size - 2} height={size - 2} rx={4} fill={SURFACE} stroke={LINE} />
      <rect
        x={centreX - square / 2}
        y={centreY - square / 2}
        width={square}
        height={square}
        rx={3}
        fill={RUNG_COLOURS[rung - 1] ?? SURFACE}
        stroke={TEXT}
        strokeWidth={1}
      />
      <Count x={centreX} y={centreY} value={cell.interventions} />
      <Pips x={centreX - pipsWidth / 2} y={y + size - PIP - 7} rung={rung} steps={steps} />
    </Link>
  );
}

function GapCell({ placed, gapPattern }: Omit<CellProps, 'steps'>) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { cell, x, y } = placed;
  const { cell: size } = GEOMETRY;
  return (
    <g
      role="img"
      aria-label={t('evidenceMap.gapCell', { determinant: label('Determinant', cell.determinant), targetGroup: label('TargetGroup', cell.targetGroup) })}
      data-determinant={cell.determinant}
      data-target-group={cell.targetGroup}
      data-interventions={0}
    >
      <rect x={x + 1} y={y + 1} width={size - 2} height={size - 2} rx={4} fill={`url(#${gapPattern})`} stroke={CONTROL} strokeDasharray="4 3" />
    </g>
  );
}

interface EvidenceMapSvgProps {
  map: GapMap;
  ref?: Ref<SVGSVGElement>;
}

/**
 * The evidence-and-gap map as one SVG: determinants in rows, target groups in columns. Each
 * filled cell is a link to the search for its interventions; a gap is hatched. The legend is
 * part of the picture, so the downloaded file explains itself.
 */
export function EvidenceMapSvg({ map, ref }: EvidenceMapSvgProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  // An id that is also valid in a CSS url() of the downloaded file.
  const id = `map${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const layout = layoutEvidenceMap(map);
  const { cell: size, rowLabelWidth, headerHeight, legendRow } = GEOMETRY;
  const steps = map.evidenceLadder.length;
  const gapPattern = `${id}-gap`;
  const legendSecondColumn = rowLabelWidth + Math.ceil(map.targetGroups.length / 2) * size;

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      className={styles.map}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      fontFamily={FONT}
      fontSize={13}
    >
      <title id={`${id}-title`}>{t('evidenceMap.svgTitle')}</title>
      <desc id={`${id}-description`}>{t('evidenceMap.svgDescription')}</desc>
      <defs>
        <pattern id={gapPattern} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={8} stroke="#aab4bb" strokeWidth={3} />
        </pattern>
      </defs>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />

      {/* The axes: each cell names its row and column itself, so these are for the eye only. */}
      <g aria-hidden="true" fill={TEXT}>
        {layout.columns.map(({ targetGroup, x }) => (
          <text key={targetGroup} transform={`translate(${x + size / 2 - 4} ${headerHeight - 10}) rotate(-45)`}>
            {label('TargetGroup', targetGroup)}
          </text>
        ))}
        {layout.rows.map(({ determinant, y }) => (
          <text key={determinant} x={rowLabelWidth - 12} y={y + size / 2} textAnchor="end" dominantBaseline="central" fontWeight={600}>
            {label('Determinant', determinant)}
          </text>
        ))}
      </g>

      {layout.cells.map((placed) =>
        placed.cell.interventions ? (
          <FilledCell key={`${placed.cell.determinant}-${placed.cell.targetGroup}`} placed={placed} steps={steps} />
        ) : (
          <GapCell key={`${placed.cell.determinant}-${placed.cell.targetGroup}`} placed={placed} gapPattern={gapPattern} />
        ),
      )}

      <g transform={`translate(${rowLabelWidth} ${layout.legendY})`} fill={TEXT}>
        <text y={0} fontWeight={700}>
          {t('evidenceMap.legendLevels')}
        </text>
        {map.evidenceLadder.map((level, index) => (
          <g key={level} transform={`translate(0 ${legendRow * index + 12})`}>
            <rect width={18} height={18} rx={3} fill={RUNG_COLOURS[index]} stroke={TEXT} />
            <Pips x={26} y={6} rung={index + 1} steps={steps} />
            <text x={26 + steps * (PIP + PIP_GAP) + 8} y={9} dominantBaseline="central">
              {label('EvidenceLevel', level)}
            </text>
          </g>
        ))}
      </g>
      <g transform={`translate(${legendSecondColumn} ${layout.legendY})`} fill={TEXT}>
        <g transform="translate(0 12)">
          <rect width={18} height={18} rx={3} fill={`url(#${gapPattern})`} stroke={CONTROL} strokeDasharray="4 3" />
          <text x={28} y={9} dominantBaseline="central">
            {t('evidenceMap.legendGap')}
          </text>
        </g>
        <g transform={`translate(0 ${legendRow + 12})`}>
          <rect y={5} width={GEOMETRY.smallestSquare / 2} height={GEOMETRY.smallestSquare / 2} fill={SURFACE} stroke={TEXT} />
          <rect x={12} width={18} height={18} fill={SURFACE} stroke={TEXT} />
          <text x={40} y={9} dominantBaseline="central">
            {t('evidenceMap.legendSize')}
          </text>
        </g>
      </g>
    </svg>
  );
}
