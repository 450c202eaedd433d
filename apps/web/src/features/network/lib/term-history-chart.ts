import type { TermHistoryQuery } from '../graphql/term-history.generated';

export type HistoryPoint = TermHistoryQuery['termHistory']['points'][number];

export const CHART = { width: 760, height: 360, left: 56, right: 56, top: 48, bottom: 60 } as const;
const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

export interface ChartGeometry {
  x: (at: string) => number;
  /** Divergence, 0 to 1, on the left axis. */
  yDivergence: (value: number) => number;
  /** Counts on the right axis. */
  yCount: (value: number) => number;
  countTicks: number[];
  timeTicks: string[];
  /** Runs of consecutive points with a divergence: the line breaks where there is none. */
  divergenceRuns: { at: string; divergence: number }[][];
  /** Sessions in the order they were held, numbered from 1, at the point they mark. */
  sessions: { number: number; at: string; slug: string; title: string }[];
}

/** Where everything in the timeline chart goes: a time axis, divergence left, counts right. */
export function chartGeometry(points: HistoryPoint[]): ChartGeometry {
  const times = points.map((point) => new Date(point.at).getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = last - first;
  const x = (at: string) => CHART.left + (span ? ((new Date(at).getTime() - first) / span) * plotWidth : plotWidth / 2);
  const yDivergence = (value: number) => CHART.top + (1 - value) * plotHeight;
  const maxCount = Math.max(1, ...points.flatMap((point) => [point.agreements, point.conflicts]));
  const step = Math.max(1, Math.ceil(maxCount / 5));
  const top = Math.ceil(maxCount / step) * step;
  const yCount = (value: number) => CHART.top + (1 - value / top) * plotHeight;
  const countTicks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  const tickCount = Math.min(5, points.length);
  const timeTicks =
    tickCount <= 1 || !span ? [new Date(first).toISOString()] : Array.from({ length: tickCount }, (_, index) => new Date(first + (span * index) / (tickCount - 1)).toISOString());

  const divergenceRuns: ChartGeometry['divergenceRuns'] = [];
  let run: { at: string; divergence: number }[] = [];
  for (const point of points) {
    if (point.divergence === null) {
      if (run.length) divergenceRuns.push(run);
      run = [];
    } else run.push({ at: point.at, divergence: point.divergence });
  }
  if (run.length) divergenceRuns.push(run);

  const sessions = points.flatMap((point) => point.sessions.map((session) => ({ at: point.at, slug: session.slug, title: session.title }))).map((session, index) => ({ ...session, number: index + 1 }));
  return { x, yDivergence, yCount, countTicks, timeTicks, divergenceRuns, sessions };
}

/** The number each session carries on the chart and in the table. */
export const sessionNumbers = (points: HistoryPoint[]) => new Map(chartGeometry(points).sessions.map((session) => [session.slug, session.number]));
