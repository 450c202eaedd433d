import { describe, expect, it } from 'vitest';
import { createQueryCache } from './query-cache';

/** Load functions whose answers the test hands out by hand. */
function manualLoader() {
  const pending: { key: string; resolve: (data: string) => void; reject: (error: Error) => void }[] = [];
  const loadFor = (key: string) => () =>
    new Promise<string>((resolve, reject) => {
      pending.push({ key, resolve, reject });
    });
  return { loadFor, pending };
}

describe('createQueryCache', () => {
  it('loads once while a load is under way, then shows the answer', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    const first = cache.refresh('a', loadFor('a'));
    void cache.refresh('a', loadFor('a'));
    expect(pending).toHaveLength(1);
    expect(cache.getSnapshot('a')).toMatchObject({ data: undefined, loading: true, known: true });
    pending[0]!.resolve('answer a');
    await first;
    expect(cache.getSnapshot('a')).toMatchObject({ data: 'answer a', loading: false, error: undefined });
  });

  it('serves the first showing of a prefetched answer with the prefetch, and refreshes later showings', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    cache.prefetch('a', loadFor('a'));
    pending[0]!.resolve('answer a');
    await cache.refresh('a', loadFor('a'));
    expect(pending).toHaveLength(1);
    expect(cache.getSnapshot('a')).toMatchObject({ data: 'answer a', loading: false });
    void cache.refresh('a', loadFor('a'));
    expect(pending).toHaveLength(2);
  });

  it('keeps the known answer when a refresh fails, and reports the error', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    const first = cache.refresh('a', loadFor('a'));
    pending[0]!.resolve('answer a');
    await first;
    const second = cache.refresh('a', loadFor('a'));
    pending[1]!.reject(new Error('offline'));
    await second;
    expect(cache.getSnapshot('a')).toMatchObject({ data: 'answer a', loading: false, error: new Error('offline') });
  });

  it('returns the same snapshot until something changes', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    const loaded = cache.refresh('a', loadFor('a'));
    const first = cache.getSnapshot('a');
    expect(cache.getSnapshot('a')).toBe(first);
    pending[0]!.resolve('answer a');
    await loaded;
    expect(cache.getSnapshot('a')).not.toBe(first);
  });

  it('after a change, loads the answers on screen anew, even one already on its way, and only those', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    void cache.refresh('shown', loadFor('shown'));
    void cache.refresh('hidden', loadFor('hidden'));
    cache.show('shown');
    const refreshed = cache.refreshShown();
    expect(pending.map((request) => request.key)).toEqual(['shown', 'hidden', 'shown']);
    pending[2]!.resolve('after the change');
    // The answer asked for before the change arrives last, and must not win.
    pending[0]!.resolve('before the change');
    await refreshed;
    expect(cache.getSnapshot('shown')).toMatchObject({ data: 'after the change', loading: false });
  });

  it('tells answers loaded after a moment from those before it', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    const first = cache.refresh('a', loadFor('a'));
    pending[0]!.resolve('old');
    await first;
    const moment = cache.finishedLoads();
    expect(cache.getSnapshot('a').loadedAt).toBeLessThanOrEqual(moment);
    const second = cache.refresh('a', loadFor('a'));
    pending[1]!.resolve('new');
    await second;
    expect(cache.getSnapshot('a').loadedAt).toBeGreaterThan(moment);
  });

  it('forgets everything on clear, also answers still on their way', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache();
    const loaded = cache.refresh('a', loadFor('a'));
    cache.clear();
    pending[0]!.resolve('answer for the previous person');
    await loaded;
    expect(cache.getSnapshot('a')).toMatchObject({ data: undefined, known: false });
  });

  it('keeps a bounded number of answers, dropping the one used longest ago unless it is on screen', async () => {
    const { loadFor, pending } = manualLoader();
    const cache = createQueryCache(2);
    void cache.refresh('shown', loadFor('shown'));
    cache.show('shown');
    for (const key of ['a', 'b', 'c']) void cache.refresh(key, loadFor(key));
    pending.forEach((request) => request.resolve(`answer ${request.key}`));
    await cache.refresh('c', loadFor('c'));
    expect(cache.getSnapshot('shown').data).toBe('answer shown');
    expect(cache.getSnapshot('a').known).toBe(false);
    expect(cache.getSnapshot('b').known).toBe(false);
    expect(cache.getSnapshot('c').data).toBe('answer c');
  });
});
