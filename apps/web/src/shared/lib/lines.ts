/** A textarea with one item per line, as a list (empty lines dropped) and back. */
export const linesToList = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const listToLines = (items: readonly string[]): string => items.join('\n');
