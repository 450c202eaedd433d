export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const WEB_ADDRESS = /https?:\/\/[^\s)]+/g;

/** Splits free text (a source, a reference) into plain text and web addresses that may become links. */
export function splitWebAddresses(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const start = match.index ?? 0;
    // Punctuation right after an address belongs to the sentence, not to the address.
    const href = match[0].replace(/[.,;:]+$/, '');
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
