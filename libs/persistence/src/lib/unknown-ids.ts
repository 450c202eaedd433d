import { isUuid } from '@werkkennis/kernel';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The ids among these that name no record of the entity; a malformed id names none. Domains
 * answer "does it exist?" for others with this, on the caller's transaction: the embedded
 * database has one connection, so a read beside the transaction would wait for it forever.
 */
export async function unknownIds<E extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ids: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  const wellFormed = unique.filter(isUuid);
  const found = wellFormed.length
    ? new Set((await manager.createQueryBuilder(entity, 'row').select('row.id', 'id').where('row.id IN (:...ids)', { ids: wellFormed }).getRawMany<{ id: string }>()).map((row) => row.id))
    : new Set<string>();
  return unique.filter((id) => !found.has(id));
}
