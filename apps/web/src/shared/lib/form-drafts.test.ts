import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, forgetAllDrafts, readDraft, removeDraft, writeDraft } from './form-drafts';

/** Node has no Web Storage; the browser's sessionStorage API, held in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}
globalThis.sessionStorage = new MemoryStorage();

const shape = { title: '', durationMonths: '', targetGroups: [] as string[] };

describe('form drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('gives back what was written, per user and form', () => {
    writeDraft(draftKey('u1', 'new'), { title: 'Werkplaats', durationMonths: '12', targetGroups: ['WW'] });
    expect(readDraft(draftKey('u1', 'new'), shape)).toEqual({ title: 'Werkplaats', durationMonths: '12', targetGroups: ['WW'] });
    expect(readDraft(draftKey('u2', 'new'), shape)).toBeNull();
    expect(readDraft(draftKey('u1', 'project-1'), shape)).toBeNull();
  });

  it('keeps only known fields of the right kind from a tampered or outdated draft', () => {
    sessionStorage.setItem(draftKey('u1', 'new'), JSON.stringify({ title: 42, durationMonths: '6', targetGroups: [{ x: 1 }], extra: 'x' }));
    expect(readDraft(draftKey('u1', 'new'), shape)).toEqual({ title: '', durationMonths: '6', targetGroups: [] });
    sessionStorage.setItem(draftKey('u1', 'new'), '{not json');
    expect(readDraft(draftKey('u1', 'new'), shape)).toBeNull();
  });

  it('removes one draft, or all of them on sign-out, leaving other storage alone', () => {
    writeDraft(draftKey('u1', 'a'), { title: 'A' });
    writeDraft(draftKey('u1', 'b'), { title: 'B' });
    sessionStorage.setItem('other', 'stays');
    removeDraft(draftKey('u1', 'a'));
    expect(readDraft(draftKey('u1', 'a'), shape)).toBeNull();
    forgetAllDrafts();
    expect(readDraft(draftKey('u1', 'b'), shape)).toBeNull();
    expect(sessionStorage.getItem('other')).toBe('stays');
  });
});
