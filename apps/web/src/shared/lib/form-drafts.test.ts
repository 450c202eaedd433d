import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, forgetAllDrafts, readDraft, rebaseDraft, removeDraft, writeDraft } from './form-drafts';

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
  const basis = { title: '', durationMonths: '', targetGroups: [] as string[] };

  it('gives back what was written, per user and form', () => {
    writeDraft(draftKey('u1', 'new'), { values: { title: 'Werkplaats', durationMonths: '12', targetGroups: ['WW'] }, basis });
    expect(readDraft(draftKey('u1', 'new'), shape)?.values).toEqual({ title: 'Werkplaats', durationMonths: '12', targetGroups: ['WW'] });
    expect(readDraft(draftKey('u2', 'new'), shape)).toBeNull();
    expect(readDraft(draftKey('u1', 'project-1'), shape)).toBeNull();
  });

  it('keeps only known fields of the right kind from a tampered or outdated draft', () => {
    sessionStorage.setItem(draftKey('u1', 'new'), JSON.stringify({ values: { title: 42, durationMonths: '6', targetGroups: [{ x: 1 }], extra: 'x' }, basis }));
    expect(readDraft(draftKey('u1', 'new'), shape)?.values).toEqual({ title: '', durationMonths: '6', targetGroups: [] });
    sessionStorage.setItem(draftKey('u1', 'new'), '{not json');
    expect(readDraft(draftKey('u1', 'new'), shape)).toBeNull();
  });

  it('lays only the changed fields over a version a colleague saved since', () => {
    const draft = { values: { title: 'Mijn titel', durationMonths: '12', targetGroups: ['WW'] }, basis: { title: 'Oud', durationMonths: '12', targetGroups: ['WW'] } };
    const savedSince = { title: 'Oud', durationMonths: '24', targetGroups: ['WW', 'WIA'] };
    expect(rebaseDraft(draft, savedSince)).toEqual({ title: 'Mijn titel', durationMonths: '24', targetGroups: ['WW', 'WIA'] });
  });

  it('removes one draft, or all of them on sign-out, leaving other storage alone', () => {
    writeDraft(draftKey('u1', 'a'), { values: { title: 'A' }, basis: { title: '' } });
    writeDraft(draftKey('u1', 'b'), { values: { title: 'B' }, basis: { title: '' } });
    sessionStorage.setItem('other', 'stays');
    removeDraft(draftKey('u1', 'a'));
    expect(readDraft(draftKey('u1', 'a'), shape)).toBeNull();
    forgetAllDrafts();
    expect(readDraft(draftKey('u1', 'b'), shape)).toBeNull();
    expect(sessionStorage.getItem('other')).toBe('stays');
  });
});
