import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry, type HistoryPoint } from './term-history-chart';

const point = (at: string, divergence: number | null, agreements: number, conflicts: number, sessions: string[] = []): HistoryPoint => ({
  at: `${at}T12:00:00.000Z`,
  divergence,
  definitions: 2,
  perspectives: 2,
  agreements,
  conflicts,
  changes: [],
  sessions: sessions.map((slug) => ({ id: slug, slug, title: slug, kind: 'OVERIG' })),
});

describe('the timeline chart', () => {
  const points = [point('2025-01-01', null, 0, 0), point('2025-02-01', 0.4, 0, 1, ['eerste']), point('2025-03-01', 0.2, 3, 1), point('2025-04-01', null, 3, 2, ['tweede'])];
  const geometry = chartGeometry(points);

  it('spans the time axis from the first moment to the last', () => {
    expect(geometry.x(points[0].at)).toBe(CHART.left);
    expect(geometry.x(points[3].at)).toBe(CHART.width - CHART.right);
  });

  it('breaks the divergence line where there is no figure', () => {
    expect(geometry.divergenceRuns.map((run) => run.map((entry) => entry.divergence))).toEqual([[0.4, 0.2]]);
  });

  it('numbers the sessions in the order they were held, and scales counts to whole ticks', () => {
    expect(geometry.sessions.map((session) => [session.number, session.slug])).toEqual([
      [1, 'eerste'],
      [2, 'tweede'],
    ]);
    expect(geometry.countTicks).toEqual([0, 1, 2, 3]);
    expect(geometry.yCount(3)).toBe(CHART.top);
  });
});
