/**
 * Unsaved form input kept in this tab's sessionStorage, so that it survives what the form
 * cannot prevent: a session that ends while someone is writing (the sign-in page takes over),
 * a reload, a crash. Keyed per user, so another person signing in on the same tab never sees
 * it; signing out removes every draft.
 */
const PREFIX = 'werkkennis:draft:';

export const draftKey = (userId: string, form: string) => `${PREFIX}${userId}:${form}`;

/** The stored draft, keeping only fields that `shape` has with a value of the same kind. */
export function readDraft<T extends object>(key: string, shape: T): T | null {
  let stored: unknown;
  try {
    stored = JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!stored || typeof stored !== 'object') return null;
  const draft = { ...shape };
  for (const [field, fallback] of Object.entries(shape)) {
    const value = (stored as Record<string, unknown>)[field];
    const sameKind = Array.isArray(fallback) ? Array.isArray(value) && value.every((item) => typeof item === 'string') : typeof value === typeof fallback;
    if (sameKind) Object.assign(draft, { [field]: value });
  }
  return draft;
}

export function writeDraft(key: string, values: object): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(values));
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
