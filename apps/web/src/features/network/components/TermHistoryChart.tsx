import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMonthYear } from '../../../shared/lib/format';
import { CHART, chartGeometry, type HistoryPoint } from '../lib/term-history-chart';
import styles from './TermHistory.module.css';

/** A triangle pointing up, centred on (x, y). */
const triangle = (x: number, y: number) => `M${x},${y - 6} L${x + 6},${y + 5} L${x - 6},${y + 5} Z`;
/** A cross (×), centred on (x, y). */
const cross = (x: number, y: number) => `M${x - 5},${y - 5} L${x + 5},${y + 5} M${x - 5},${y + 5} L${x + 5},${y - 5}`;
const polyline = (coordinates: [number, number][]) => coordinates.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * The timeline as SVG, readable without colour: each series has its own line style and marker
 * shape (circles, triangles, crosses), sessions are numbered diamonds, and the legend names them.
 */
export function TermHistoryChart({ points, term }: { points: HistoryPoint[]; term: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const geometry = chartGeometry(points);
  const { x, yDivergence, yCount } = geometry;
  const bottom = CHART.height - CHART.bottom;
  const right = CHART.width - CHART.right;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <title id={titleId}>{t('termHistory.chartTitle', { term })}</title>
      <desc id={descriptionId}>{t('termHistory.chartDescription')}</desc>

      <g className={styles.axis} aria-hidden="true">
        {[0, 0.25, 0.5, 0.75, 1].map((value) => (
          <g key={value}>
            <line x1={CHART.left} x2={right} y1={yDivergence(value)} y2={yDivergence(value)} className={styles.grid} />
            <text x={CHART.left - 8} y={yDivergence(value)} textAnchor="end" dominantBaseline="middle">
              {formatDecimal(value, 2)}
            </text>
          </g>
        ))}
        {geometry.countTicks.map((value) => (
          <text key={value} x={right + 8} y={yCount(value)} dominantBaseline="middle">
            {value}
          </text>
        ))}
        <line x1={CHART.left} x2={right} y1={bottom} y2={bottom} className={styles.baseline} />
        {geometry.timeTicks.map((at) => (
          <text key={at} x={x(at)} y={bottom + 20} textAnchor="middle">
            {formatMonthYear(at)}
          </text>
        ))}
      </g>

      <g className={styles.sessions} aria-hidden="true">
        {geometry.sessions.map((session) => (
          <g key={session.slug}>
            <line x1={x(session.at)} x2={x(session.at)} y1={CHART.top - 14} y2={bottom} strokeDasharray="2 4" />
            <path d={`M${x(session.at)},${CHART.top - 26} l9,9 l-9,9 l-9,-9 Z`} />
            <text x={x(session.at)} y={CHART.top - 17} textAnchor="middle" dominantBaseline="middle">
              {session.number}
            </text>
          </g>
        ))}
      </g>

      <g className={styles.agreements} aria-hidden="true">
        <polyline points={polyline(points.map((point) => [x(point.at), yCount(point.agreements)]))} strokeDasharray="8 5" />
        {points.map((point) => (
          <path key={point.at} d={triangle(x(point.at), yCount(point.agreements))} />
        ))}
      </g>
      <g className={styles.conflicts} aria-hidden="true">
        <polyline points={polyline(points.map((point) => [x(point.at), yCount(point.conflicts)]))} strokeDasharray="2 4" />
        {points.map((point) => (
          <path key={point.at} d={cross(x(point.at), yCount(point.conflicts))} />
        ))}
      </g>
      <g className={styles.divergence} aria-hidden="true">
        {geometry.divergenceRuns.map((run) => (
          <polyline key={run[0].at} points={polyline(run.map((point) => [x(point.at), yDivergence(point.divergence)]))} />
        ))}
        {geometry.divergenceRuns.flat().map((point) => (
          <circle key={point.at} cx={x(point.at)} cy={yDivergence(point.divergence)} r={4.5} />
        ))}
      </g>

      <g className={styles.legend} aria-hidden="true" transform={`translate(${CHART.left}, ${CHART.height - 8})`}>
        <g className={styles.divergence}>
          <line x1={0} x2={22} y1={-4} y2={-4} />
          <circle cx={11} cy={-4} r={4} />
          <text x={28} y={0}>{t('termHistory.legendDivergence')}</text>
        </g>
        <g className={styles.agreements} transform="translate(190, 0)">
          <line x1={0} x2={22} y1={-4} y2={-4} strokeDasharray="8 5" />
          <path d={triangle(11, -4)} />
          <text x={28} y={0}>{t('termHistory.legendAgreements')}</text>
        </g>
        <g className={styles.conflicts} transform="translate(390, 0)">
          <line x1={0} x2={22} y1={-4} y2={-4} strokeDasharray="2 4" />
          <path d={cross(11, -4)} />
          <text x={28} y={0}>{t('termHistory.legendConflicts')}</text>
        </g>
        <g className={styles.sessions} transform="translate(570, 0)">
          <path d="M11,-13 l9,9 l-9,9 l-9,-9 Z" />
          <text x={28} y={0}>{t('termHistory.legendSession')}</text>
        </g>
      </g>
    </svg>
  );
}
