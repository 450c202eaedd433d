import { randomBytes } from 'node:crypto';
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

const UNIQUE_VIOLATION = '23505';

/**
 * Runs a write whose slug was chosen by `freeSlug` again when a concurrent write took the same
 * slug first (the unique index refuses the second). Retries get a random suffix on the base,
 * so many simultaneous writes of one title cannot keep colliding.
 */
export async function retryOnSlugConflict<T>(base: string, write: (slugBase: string) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write(attempt === 1 ? base : `${base}-${randomBytes(3).toString('hex')}`);
    } catch (error) {
      const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      if (code !== UNIQUE_VIOLATION || attempt >= attempts) throw error;
    }
  }
}
