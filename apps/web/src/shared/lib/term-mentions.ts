/**
 * A contested term found in a text field by the API (`termMentions`): offsets are JavaScript
 * string indices (UTF-16) into the field's raw text, `end` exclusive.
 */
export interface TermMention {
  field: string;
  start: number;
  end: number;
  matchedText: string;
  termSlug: string;
  label: string;
}

export type MentionPart = { kind: 'text'; text: string } | { kind: 'mention'; text: string; mention: TermMention };

/**
 * The mentions to link in one field: in text order, and only the first of each term, so that a
 * paragraph that says "vakmanschap" five times gets one link, not five.
 */
export function mentionsOfField(mentions: readonly TermMention[] | undefined, field: string): TermMention[] {
  const seen = new Set<string>();
  return (mentions ?? [])
    .filter((mention) => mention.field === field && mention.end > mention.start)
    .sort((a, b) => a.start - b.start)
    .filter((mention) => !seen.has(mention.termSlug) && seen.add(mention.termSlug));
}

/**
 * Splits a piece of text at the mentions that fall wholly inside it. `offset` is where the piece
 * starts in the field the offsets count from (a text node of Markdown starts somewhere inside
 * its field). A mention whose words are not at its offsets (a text that changed after the API
 * looked) or that overlaps an earlier one stays plain text.
 */
export function splitAtMentions(text: string, mentions: readonly TermMention[], offset = 0): MentionPart[] {
  const parts: MentionPart[] = [];
  let last = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const start = mention.start - offset;
    const end = mention.end - offset;
    if (start < last || end > text.length || end <= start) continue;
    if (text.slice(start, end) !== mention.matchedText) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'mention', text: mention.matchedText, mention });
    last = end;
  }
  if (last < text.length || !parts.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * Like `splitAtMentions`, for text that is not the field's raw text letter for letter (Markdown
 * drops escapes and the indentation of continued lines): each mention is looked up by its words,
 * after the previous one.
 */
export function splitAtMentionWords(text: string, mentions: readonly TermMention[]): MentionPart[] {
  const parts: MentionPart[] = [];
  let last = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const start = wholeWordsAt(text, mention.matchedText, last);
    if (start === -1) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'mention', text: mention.matchedText, mention });
    last = start + mention.matchedText.length;
  }
  if (last < text.length || !parts.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where `words` stand in `text` from `from` on as whole words (not inside a longer word), or -1. */
function wholeWordsAt(text: string, words: string, from: number): number {
  if (!words) return -1;
  for (let start = text.indexOf(words, from); start !== -1; start = text.indexOf(words, start + 1)) {
    const before = text[start - 1] ?? '';
    const after = text[start + words.length] ?? '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return start;
  }
  return -1;
}

/** The path of a term's page. */
export const termPath = (slug: string) => `/begrippen/${encodeURIComponent(slug)}`;
