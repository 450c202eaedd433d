import { DefinitionRelationKind, type Perspective } from '@werkkennis/kernel';
import { type Background, compareDefinitions } from './compare-definitions';

/** What changed a term's definitions or what researchers stated about them at one moment. */
export enum TermHistoryChange {
  DEFINITION_ADDED = 'DEFINITION_ADDED',
  DEFINITION_REVISED = 'DEFINITION_REVISED',
  AGREEMENT_STATED = 'AGREEMENT_STATED',
  CONFLICT_STATED = 'CONFLICT_STATED',
}

export interface HistoricDefinition {
  id: string;
  perspective: Perspective;
  /** Every version, oldest first. */
  versions: { version: number; text: string; changedAt: Date }[];
}

export interface HistoricRelation {
  kind: DefinitionRelationKind;
  createdAt: Date;
}

export interface TermHistoryPoint {
  at: Date;
  /** The divergence of the definitions as they stood at this moment; null below two perspectives. */
  divergence: number | null;
  definitions: number;
  perspectives: number;
  agreements: number;
  conflicts: number;
  changes: { change: TermHistoryChange; perspective: Perspective | null }[];
}

/**
 * A term's history as points in time: at every definition version, every stated relation and
 * every extra moment (a session), the divergence of the definitions as they then read (the same
 * measure as `termComparison`, against today's background, so points are comparable) and the
 * agreements and conflicts stated so far. Moments at the same instant are one point.
 */
export function termHistory(label: string, definitions: HistoricDefinition[], relations: HistoricRelation[], moments: Date[], background: Background): TermHistoryPoint[] {
  const changes = new Map<number, TermHistoryPoint['changes']>();
  const note = (at: Date, change: TermHistoryChange, perspective: Perspective | null) => changes.set(at.getTime(), [...(changes.get(at.getTime()) ?? []), { change, perspective }]);
  for (const definition of definitions) {
    for (const version of definition.versions) {
      note(version.changedAt, version.version === 1 ? TermHistoryChange.DEFINITION_ADDED : TermHistoryChange.DEFINITION_REVISED, definition.perspective);
    }
  }
  for (const relation of relations) {
    note(relation.createdAt, relation.kind === DefinitionRelationKind.CONFLICTS_WITH ? TermHistoryChange.CONFLICT_STATED : TermHistoryChange.AGREEMENT_STATED, null);
  }
  const instants = [...new Set([...changes.keys(), ...moments.map((moment) => moment.getTime())])].sort((a, b) => a - b);
  return instants.map((instant) => {
    const standing = definitions.flatMap((definition) => {
      const current = definition.versions.filter((version) => version.changedAt.getTime() <= instant).at(-1);
      return current ? [{ id: definition.id, perspective: definition.perspective, text: current.text }] : [];
    });
    const stated = relations.filter((relation) => relation.createdAt.getTime() <= instant);
    const conflicts = stated.filter((relation) => relation.kind === DefinitionRelationKind.CONFLICTS_WITH).length;
    return {
      at: new Date(instant),
      divergence: compareDefinitions(label, standing, background).divergence,
      definitions: standing.length,
      perspectives: new Set(standing.map((definition) => definition.perspective)).size,
      agreements: stated.length - conflicts,
      conflicts,
      changes: changes.get(instant) ?? [],
    };
  });
}
