/**
 * Which result was opened from which search, so that Back (or "Terug naar de resultaten") puts
 * the keyboard on that result again instead of at the top of the page. Kept for the tab only.
 */
const KEY = 'werkkennis.search.openedResult';

export function rememberOpenedResult(search: string, id: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ search, id }));
  } catch {
    // Storage refused (private mode, full): Back then simply starts at the top.
  }
}

/** The id of the result last opened from this search, once: asking again gives null. */
export function takeOpenedResult(search: string): string | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { search?: unknown; id?: unknown } | null;
    if (!stored || stored.search !== search || typeof stored.id !== 'string') return null;
    sessionStorage.removeItem(KEY);
    return stored.id;
  } catch {
    return null;
  }
}
