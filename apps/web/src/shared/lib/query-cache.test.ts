import { describe, expect, it } from 'vitest';
import { createQueryCache } from './query-cache';

/** A load function whose answers the test hands out by hand. */
function manualLoader() {
  const pending: { variables: { q: string }; resolve: (data: string) => void; reject: (error: Error) => void }[] = [];
  const load = (variables: { q: string }) =>
    new Promise<string>((resolve, reject) => {
      pending.push({ variables, resolve, reject });
    });
  return { load, pending };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createQueryCache', () => {
  it('loads once while a load is under way, then shows the answer', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load);
    cache.refresh('a', { q: 'a' });
    cache.refresh('a', { q: 'a' });
    expect(pending).toHaveLength(1);
    expect(cache.getSnapshot('a')).toMatchObject({ data: undefined, loading: true, known: true });
    pending[0]!.resolve('answer a');
    await settle();
    expect(cache.getSnapshot('a')).toMatchObject({ data: 'answer a', loading: false, error: undefined });
  });

  it('offers the latest answer as previous data while other variables load', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load);
    cache.refresh('a', { q: 'a' });
    pending[0]!.resolve('answer a');
    await settle();
    cache.refresh('b', { q: 'b' });
    expect(cache.getSnapshot('b')).toMatchObject({ data: undefined, previousData: 'answer a', loading: true });
  });

  it('keeps the known answer when a refresh fails, and reports the error', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load);
    cache.refresh('a', { q: 'a' });
    pending[0]!.resolve('answer a');
    await settle();
    cache.refresh('a', { q: 'a' });
    pending[1]!.reject(new Error('offline'));
    await settle();
    expect(cache.getSnapshot('a')).toMatchObject({ data: 'answer a', loading: false, error: new Error('offline') });
  });

  it('returns the same snapshot until something changes', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load);
    cache.refresh('a', { q: 'a' });
    const first = cache.getSnapshot('a');
    expect(cache.getSnapshot('a')).toBe(first);
    pending[0]!.resolve('answer a');
    await settle();
    expect(cache.getSnapshot('a')).not.toBe(first);
  });

  it('forgets everything on clear, also answers still on their way', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load);
    cache.refresh('a', { q: 'a' });
    cache.clear();
    pending[0]!.resolve('answer for the previous person');
    await settle();
    expect(cache.getSnapshot('a')).toMatchObject({ data: undefined, previousData: undefined, known: false });
  });

  it('keeps a bounded number of answers, dropping the one used longest ago', async () => {
    const { load, pending } = manualLoader();
    const cache = createQueryCache(load, 2);
    for (const key of ['a', 'b', 'c']) cache.refresh(key, { q: key });
    pending.forEach((request) => request.resolve(`answer ${request.variables.q}`));
    await settle();
    expect(cache.getSnapshot('a').known).toBe(false);
    expect(cache.getSnapshot('c').data).toBe('answer c');
  });
});
