/**
 * Unsaved form input kept in this tab's sessionStorage, so that it survives what the form
 * cannot prevent: a session that ends while someone is writing (the sign-in page takes over),
 * a reload, a crash. Keyed per user, so another person signing in on the same tab never sees
 * it; signing out removes every draft.
 */
const PREFIX = 'werkkennis:draft:';

export const draftKey = (userId: string, form: string) => `${PREFIX}${userId}:${form}`;

/** What a form keeps: the unsaved values, and the saved version they started from. */
export interface Draft<T> {
  values: T;
  basis: T;
}

/** Only fields that `shape` has, with a value of the same kind; the others as in `shape`. */
function inShape<T extends object>(stored: unknown, shape: T): T | null {
  if (!stored || typeof stored !== 'object') return null;
  const kept = { ...shape };
  for (const [field, fallback] of Object.entries(shape)) {
    const value = (stored as Record<string, unknown>)[field];
    const sameKind = Array.isArray(fallback) ? Array.isArray(value) && value.every((item) => typeof item === 'string') : typeof value === typeof fallback;
    if (sameKind) Object.assign(kept, { [field]: value });
  }
  return kept;
}

/** The stored draft, keeping only fields that `shape` has with a value of the same kind. */
export function readDraft<T extends object>(key: string, shape: T): Draft<T> | null {
  let stored: { values?: unknown; basis?: unknown } | null;
  try {
    stored = JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  const values = inShape(stored?.values, shape);
  const basis = inShape(stored?.basis, shape);
  return values && basis ? { values, basis } : null;
}

/**
 * The draft laid over the version saved now: only the fields the person changed replace it, so
 * a colleague's save since then is not undone by fields this person never touched.
 */
export function rebaseDraft<T extends object>(draft: Draft<T>, current: T): T {
  const rebased = { ...current };
  for (const field of Object.keys(current) as (keyof T)[]) {
    if (JSON.stringify(draft.values[field]) !== JSON.stringify(draft.basis[field])) rebased[field] = draft.values[field];
  }
  return rebased;
}

export function writeDraft<T extends object>(key: string, draft: Draft<T>): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or switched off: the form still works, only without this safety net.
  }
}

export function removeDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored when storage is unavailable.
  }
}

export function forgetAllDrafts(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.key(index));
    for (const key of keys) if (key?.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored when storage is unavailable.
  }
}
