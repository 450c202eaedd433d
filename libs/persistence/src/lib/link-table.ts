import type { EntityManager } from 'typeorm';

export interface LinkTable {
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

/**
 * Reads a many-to-many link table for a batch of owners in one statement and returns, per
 * owner asked for, the linked target ids. DataLoaders then fetch the targets in one more.
 */
export async function linkedIds(
  manager: EntityManager,
  link: LinkTable,
  ownerIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows: { owner: string; target: string }[] = await manager
    .createQueryBuilder()
    .select(`link.${link.ownerColumn}`, 'owner')
    .addSelect(`link.${link.targetColumn}`, 'target')
    .from(link.table, 'link')
    .where(`link.${link.ownerColumn} IN (:...ownerIds)`, { ownerIds })
    .getRawMany();
  const byOwner = new Map<string, string[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows) byOwner.get(row.owner)?.push(row.target);
  return byOwner;
}

/** Orders rows by the ids asked for; missing ones become null (DataLoader's contract). */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Groups rows by a key column; one (possibly empty) list per key asked for. */
export function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
