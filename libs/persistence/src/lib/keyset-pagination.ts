import { assertPageSize, decodeCursor, encodeCursor, type Page } from '@werkkennis/kernel';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface KeysetOrder<E> {
  /** SQL expression of the sort column, e.g. `project.title`; never null. */
  column: string;
  /** The entity property holding the same value, for cursors. */
  property: keyof E;
  direction: 'ASC' | 'DESC';
}

/**
 * Keyset pagination on (sort column, id): stable while rows are added, and one indexed
 * range scan per page instead of an ever larger OFFSET. The total costs one more statement,
 * spent only when a client asks for it.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  order: KeysetOrder<E>,
  first: number,
  after?: string,
): Promise<Page<E>> {
  assertPageSize(first);
  const alias = query.alias;
  const counting = query.clone();
  let total: Promise<number> | undefined;
  const totalCount = () => (total ??= counting.getCount());
  const cursorValue = (row: E): string | number => {
    const value = row[order.property] as unknown;
    return value instanceof Date ? value.toISOString() : (value as string | number);
  };
  if (after) {
    const position = decodeCursor(after);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${order.column}, ${alias}.id) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: position.value,
      cursorId: position.id,
    });
  }
  const rows = await query
    .orderBy(order.column, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(first + 1)
    .getMany();
  const items = rows.slice(0, first);
  const cursorOf = (row: E) => encodeCursor({ value: cursorValue(row), id: row.id });
  const last = items.at(-1);
  return { items, totalCount, hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null, cursorOf };
}
