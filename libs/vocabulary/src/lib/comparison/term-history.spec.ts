import { DefinitionRelationKind, Perspective } from '@werkkennis/kernel';
import { buildBackground } from './compare-definitions';
import { TermHistoryChange, termHistory } from './term-history';

const day = (date: string) => new Date(`${date}T09:00:00.000Z`);
const background = buildBackground([]);

describe('termHistory', () => {
  const definitions = [
    { id: 'a', perspective: Perspective.UWV, versions: [{ version: 1, text: 'Werk vinden met begeleiding.', changedAt: day('2025-01-01') }] },
    {
      id: 'b',
      perspective: Perspective.CLIENT,
      versions: [
        { version: 1, text: 'Gezien worden als mens.', changedAt: day('2025-02-01') },
        { version: 2, text: 'Werk vinden met begeleiding die past.', changedAt: day('2025-04-01') },
      ],
    },
  ];
  const relations = [{ kind: DefinitionRelationKind.CONFLICTS_WITH, createdAt: day('2025-03-01') }];
  const points = termHistory('x', definitions, relations, [day('2025-03-15'), day('2025-01-01')], background);

  it('has one point per moment, oldest first, a session on the same instant as a change sharing it', () => {
    expect(points.map((point) => point.at.toISOString().slice(0, 10))).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-03-15', '2025-04-01']);
    expect(points[0].changes).toEqual([{ change: TermHistoryChange.DEFINITION_ADDED, perspective: Perspective.UWV }]);
    expect(points[3].changes).toEqual([]);
  });

  it('measures the definitions as they read at each moment, and counts statements made so far', () => {
    expect(points[0]).toMatchObject({ divergence: null, definitions: 1, perspectives: 1, agreements: 0, conflicts: 0 });
    expect(points[2]).toMatchObject({ definitions: 2, conflicts: 1 });
    // The revision brings the client's wording close to UWV's: divergence falls.
    expect(points[4].changes).toEqual([{ change: TermHistoryChange.DEFINITION_REVISED, perspective: Perspective.CLIENT }]);
    expect(points[4].divergence!).toBeLessThan(points[1].divergence!);
  });
});
