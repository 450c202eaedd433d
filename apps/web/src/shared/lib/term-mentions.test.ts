import { describe, expect, it } from 'vitest';
import { mentionsOfField, splitAtMentions, splitAtMentionWords, type TermMention } from './term-mentions';

const mention = (text: string, matchedText: string, termSlug: string, field = 'summary', from = 0): TermMention => {
  const start = text.indexOf(matchedText, from);
  return { field, start, end: start + matchedText.length, matchedText, termSlug, label: termSlug };
};

describe('mentionsOfField', () => {
  it('keeps the first mention of each term in the field, in text order', () => {
    const text = 'Maatwerk en vakmanschap: vakmanschap vraagt maatwerk.';
    const mentions = [
      mention(text, 'vakmanschap', 'vakmanschap', 'summary', 20),
      mention(text, 'Maatwerk', 'maatwerk'),
      mention(text, 'vakmanschap', 'vakmanschap'),
      mention(text, 'maatwerk', 'maatwerk'),
      mention(text, 'vakmanschap', 'vakmanschap', 'goal'),
    ];
    expect(mentionsOfField(mentions, 'summary').map((m) => [m.termSlug, m.start])).toEqual([
      ['maatwerk', 0],
      ['vakmanschap', 12],
    ]);
    expect(mentionsOfField(undefined, 'summary')).toEqual([]);
  });
});

describe('splitAtMentions', () => {
  const text = 'Duurzame werkhervatting vraagt vakmanschap.';
  const mentions = [mention(text, 'vakmanschap', 'vakmanschap'), mention(text, 'Duurzame werkhervatting', 'duurzame-werkhervatting')];

  it('cuts the text at the offsets, whatever order the mentions come in', () => {
    expect(splitAtMentions(text, mentions)).toEqual([
      { kind: 'mention', text: 'Duurzame werkhervatting', mention: mentions[1] },
      { kind: 'text', text: ' vraagt ' },
      { kind: 'mention', text: 'vakmanschap', mention: mentions[0] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('counts from the offset of a piece inside its field', () => {
    const piece = text.slice(24);
    expect(splitAtMentions(piece, [mentions[0]], 24)).toEqual([
      { kind: 'text', text: 'vraagt ' },
      { kind: 'mention', text: 'vakmanschap', mention: mentions[0] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves text plain where the words are not at the offsets, or a mention overlaps', () => {
    const stale = { ...mentions[0], start: 3, end: 14 };
    expect(splitAtMentions(text, [stale])).toEqual([{ kind: 'text', text }]);
    const overlapping = { ...mentions[1], start: 9, end: 23, matchedText: 'werkhervatting' };
    expect(splitAtMentions(text, [mentions[1], overlapping]).filter((part) => part.kind === 'mention')).toHaveLength(1);
    expect(splitAtMentions('', [])).toEqual([{ kind: 'text', text: '' }]);
  });
});

describe('splitAtMentionWords', () => {
  it('finds the words as whole words when the offsets no longer fit the text', () => {
    const parts = splitAtMentionWords('Begeleiding en maatwerkbudget of maatwerk', [mention('x maatwerk', 'maatwerk', 'maatwerk')]);
    expect(parts).toEqual([
      { kind: 'text', text: 'Begeleiding en maatwerkbudget of ' },
      { kind: 'mention', text: 'maatwerk', mention: expect.objectContaining({ termSlug: 'maatwerk' }) },
    ]);
  });
});
