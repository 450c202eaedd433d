import { DomainError } from './domain-error';
import { message } from './messages';

/**
 * Opaque keyset cursors: the sort value and id of the last row seen. Keyset pagination stays
 * correct while rows are added, unlike offsets.
 */
export interface CursorPosition {
  value: string | number | null;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id !== 'string' || !(value === null || typeof value === 'string' || typeof value === 'number')) {
      throw new Error('shape');
    }
    return { value, id };
  } catch {
    throw DomainError.invalidInput({ after: [message('validation.cursor')] });
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw DomainError.invalidInput({ first: [message('validation.pageSize', { max: MAX_PAGE_SIZE })] });
  }
}

/** A page of rows as the domain returns it. */
export interface Page<T> {
  items: T[];
  /** Counted only when asked for: most list views never show the total. */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
  endCursor: string | null;
  cursorOf: (item: T) => string;
}
