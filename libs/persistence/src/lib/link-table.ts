import type { EntityManager } from 'typeorm';

/**
 * A many-to-many table between two domains, written and read by ids. The owning domain keeps
 * the table; the other domain's records are never loaded through it, so neither needs the
 * other's entity (see docs/architecture.md, "Domeingrenzen").
 */
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

/**
 * For DataLoader: per owner, the records linked to it, in two statements for the whole batch
 * (the link rows, then the records through `findByIds`, the linked domain's own reader).
 */
export async function linkedRecords<T extends { id: string }>(
  manager: EntityManager,
  link: LinkTable,
  ownerIds: readonly string[],
  findByIds: (ids: string[]) => Promise<T[]>,
): Promise<T[][]> {
  const idsByOwner = await linkedIds(manager, link, ownerIds);
  const allIds = [...new Set([...idsByOwner.values()].flat())];
  const byId = new Map((allIds.length ? await findByIds(allIds) : []).map((record) => [record.id, record]));
  return ownerIds.map((owner) => (idsByOwner.get(owner) ?? []).flatMap((id) => byId.get(id) ?? []));
}

/** Adds link rows in one statement (a write: call it inside the write's transaction). */
export async function addLinks(manager: EntityManager, link: LinkTable, pairs: readonly (readonly [owner: string, target: string])[]): Promise<void> {
  if (!pairs.length) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(link.table, [link.ownerColumn, link.targetColumn])
    .values(pairs.map(([owner, target]) => ({ [link.ownerColumn]: owner, [link.targetColumn]: target })))
    .execute();
}

/** Makes the owner's links exactly these targets (a write: call it inside the write's transaction). */
export async function replaceLinks(manager: EntityManager, link: LinkTable, ownerId: string, targetIds: readonly string[]): Promise<void> {
  await manager.createQueryBuilder().delete().from(link.table).where(`${link.ownerColumn} = :ownerId`, { ownerId }).execute();
  await addLinks(manager, link, [...new Set(targetIds)].map((targetId) => [ownerId, targetId] as const));
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
