import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit.entity';

export interface AuditRecord {
  actorId: string | null;
  organizationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: object | null;
  after: object;
}

const comparable = (value: unknown): string => JSON.stringify(value instanceof Date ? value.toISOString() : value ?? null);

/** The fields whose values differ, with their old and new value; relations and timestamps left out. */
export function changedFields(before: object | null, after: object): AuditEntryEntity['changes'] {
  const changes: AuditEntryEntity['changes'] = {};
  const old = (before ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries(after)) {
    if (['createdAt', 'updatedAt'].includes(field) || (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date))) continue;
    if (Array.isArray(value) && value.some((item) => typeof item === 'object')) continue;
    if (comparable(old[field]) !== comparable(value)) changes[field] = { before: old[field] ?? null, after: value ?? null };
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
