import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchParams, type SearchState, toSearchParams } from '../lib/search-state';

/**
 * The search lives in the URL, so a search can be shared and the back button undoes a filter.
 * Typing replaces the current history entry (one entry per search, not per keystroke). A
 * click (a filter, a page) applies at once rather than in a transition, so a checkbox never
 * shows its old state while the navigation lands.
 */
export function useSearchState(): [SearchState, (next: SearchState, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const update = useCallback(
    (next: SearchState, options?: { replace?: boolean }) =>
      setParams(toSearchParams(next), { replace: options?.replace, preventScrollReset: true, flushSync: !options?.replace }),
    [setParams],
  );
  return [state, update];
}
