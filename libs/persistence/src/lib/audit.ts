import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit.entity';

export interface AuditRecord {
  actorId: string | null;
  organizationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: object | null;
  /** Null when the subject was deleted: every field it had goes to null. */
  after: object | null;
}

const comparable = (value: unknown): string => JSON.stringify(value instanceof Date ? value.toISOString() : value ?? null);

/** Plain values are recorded; timestamps and loaded relations (objects, lists of objects) are not. */
const recorded = (field: string, value: unknown): boolean =>
  !['createdAt', 'updatedAt'].includes(field) &&
  !(typeof value === 'object' && value !== null && !(value instanceof Date) && (!Array.isArray(value) || value.some((item) => typeof item === 'object')));

/** The fields whose values differ, with their old and new value; relations and timestamps left out. */
export function changedFields(before: object | null, after: object | null): AuditEntryEntity['changes'] {
  const changes: AuditEntryEntity['changes'] = {};
  const old = (before ?? {}) as Record<string, unknown>;
  // A deletion: every field the subject had goes to null.
  const next = after ?? Object.fromEntries(Object.entries(old).filter(([field, value]) => recorded(field, value)).map(([field]) => [field, null]));
  for (const [field, value] of Object.entries(next)) {
    if (recorded(field, value) && comparable(old[field]) !== comparable(value)) changes[field] = { before: old[field] ?? null, after: value ?? null };
  }
  return changes;
}

/** Call inside the write's own transaction, so the trail and the change commit together. */
export async function recordAudit(manager: EntityManager, record: AuditRecord): Promise<void> {
  // TypeORM's insert typing does not cover jsonb records; the column takes the object as is.
  await manager.insert(AuditEntryEntity, {
    actorId: record.actorId,
    organizationId: record.organizationId,
    action: record.action,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    changes: changedFields(record.before, record.after) as never,
  });
}
