import { useCallback, useEffect, useState } from 'react';
import { readDraft, rebaseDraft, removeDraft, writeDraft } from '../lib/form-drafts';

const same = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A small form's values, kept as a draft (see form-drafts) while they differ from `baseline`, so
 * that what was typed survives a session that ends, a reload or a crash. `key` is null when no
 * one is signed in (nothing is kept). Returns the values, their setter, whether a draft was
 * restored, and `forget` for after saving or cancelling.
 */
export function useFormDraft<T extends object>(key: string | null, baseline: T) {
  const [restored] = useState(() => {
    const draft = key ? readDraft(key, baseline) : null;
    const rebased = draft && rebaseDraft(draft, baseline);
    return rebased && !same(rebased, baseline) ? rebased : null;
  });
  const [values, setValues] = useState<T>(restored ?? baseline);
  const dirty = !same(values, baseline);

  useEffect(() => {
    if (!key) return;
    if (dirty) writeDraft(key, { values, basis: baseline });
    else removeDraft(key);
  }, [key, dirty, values, baseline]);

  const forget = useCallback(() => {
    if (key) removeDraft(key);
  }, [key]);

  return { values, setValues, restored: !!restored, forget };
}

/** Whether a draft is kept under this key: a form with one opens again by itself. */
export function hasDraft(key: string | null): boolean {
  return !!key && readDraft(key, {}) !== null;
}
