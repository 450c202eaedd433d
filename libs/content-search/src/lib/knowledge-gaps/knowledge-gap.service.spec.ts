import { normalizeQuery } from './knowledge-gap.service';

describe('the query a knowledge gap counts', () => {
  it('folds case, spacing and punctuation into one form', () => {
    expect(normalizeQuery('  Jobcarving   voor STATUSHOUDERS! ')).toBe('jobcarving voor statushouders');
    expect(normalizeQuery('re-integratie, 55+')).toBe('re-integratie 55');
  });

  it('keeps nothing that could name a person, and nothing too short to mean anything', () => {
    expect(normalizeQuery('j.jansen@gemeente.example')).toBeNull();
    expect(normalizeQuery('bsn 123456789')).toBeNull();
    expect(normalizeQuery('06 1234 5678')).toBeNull();
    expect(normalizeQuery('ab')).toBeNull();
  });
});
