import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** The slug itself if no row of the entity has it, else the first free `slug-2`, `slug-3`, … */
export async function freeSlug<E extends ObjectLiteral & { slug: string }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  base: string,
): Promise<string> {
  const taken = new Set(
    (
      await manager
        .createQueryBuilder(entity, 'row')
        .select('row.slug', 'slug')
        .where('row.slug = :base OR row.slug LIKE :pattern', { base, pattern: `${base}-%` })
        .getRawMany<{ slug: string }>()
    ).map((row) => row.slug),
  );
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}
