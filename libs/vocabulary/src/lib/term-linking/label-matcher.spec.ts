import { LabelMatcher, type LinkableTerm } from './label-matcher';

const term = (slug: string, label: string, alternatives: string[] = [], abbreviations: string[] = []): LinkableTerm => ({
  id: slug,
  slug,
  label,
  labels: [label, ...alternatives],
  abbreviations,
});

describe('LabelMatcher', () => {
  const matcher = new LabelMatcher([
    term('werkhervatting', 'werkhervatting', ['return to work']),
    term('duurzame-werkhervatting', 'duurzame werkhervatting'),
    term('evidence-based-werken', 'evidence-based werken', ['evidence-based practice'], ['EBP']),
    term('maatwerk', 'maatwerk'),
  ]);
  const found = (text: string) => matcher.find(text).map((match) => [match.termSlug, match.matchedText, text.slice(match.start, match.end)]);

  it('takes the longest label first and never overlaps', () => {
    expect(found('Duurzame werkhervatting vraagt meer dan werkhervatting alleen.')).toEqual([
      ['duurzame-werkhervatting', 'Duurzame werkhervatting', 'Duurzame werkhervatting'],
      ['werkhervatting', 'werkhervatting', 'werkhervatting'],
    ]);
  });

  it('matches inflected forms through Dutch stems, and spaces for hyphens', () => {
    expect(found('Gemeenten leveren maatwerken.')).toEqual([['maatwerk', 'maatwerken', 'maatwerken']]);
    expect(found('We willen evidence based werken.')).toEqual([['evidence-based-werken', 'evidence based werken', 'evidence based werken']]);
    // Part of a label is no mention.
    expect(found('Dat is evidence based.')).toEqual([]);
  });

  it('matches abbreviations letter for letter only', () => {
    expect(found('EBP in de praktijk, niet ebp.')).toEqual([['evidence-based-werken', 'EBP', 'EBP']]);
  });

  it('does not join words across punctuation', () => {
    expect(found('Return. To work is iets anders.')).toEqual([]);
    expect(found('Zo werkt return-to-work.')).toEqual([['werkhervatting', 'return-to-work', 'return-to-work']]);
  });
});
