/**
 * The start of a text, to name it in a list of choices: whitespace and Markdown marks folded
 * away, cut at a word boundary with an ellipsis.
 */
export function excerpt(text: string, maxLength = 70): string {
  const plain = text
    .replace(/[*_`#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
