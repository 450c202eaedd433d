import { changedFields } from './audit';

describe('what the audit trail records of a change', () => {
  it('keeps the fields that changed, with their old and new value', () => {
    expect(changedFields({ title: 'Oud', summary: 'Zelfde' }, { title: 'Nieuw', summary: 'Zelfde' })).toEqual({ title: { before: 'Oud', after: 'Nieuw' } });
  });

  it('leaves out timestamps and loaded relations, but keeps lists of plain values', () => {
    const changes = changedFields(
      { updatedAt: new Date(1), themes: ['a'], partners: [{ id: '1' }] },
      { updatedAt: new Date(2), themes: ['a', 'b'], partners: [{ id: '2' }] },
    );
    expect(changes).toEqual({ themes: { before: ['a'], after: ['a', 'b'] } });
  });

  it('records a deletion as every field going to null', () => {
    expect(changedFields({ body: 'Weg', motivation: 'COMMENTING' }, null)).toEqual({
      body: { before: 'Weg', after: null },
      motivation: { before: 'COMMENTING', after: null },
    });
  });
});
