/** Words chosen in a definition to annotate, with the text around them and where they start. */
export interface PassageSelection {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offset in the definition's displayed text: a hint for the server, which anchors in the source. */
  start: number;
}

/** How much of the surroundings a selection keeps on each side, as the server does. */
const CONTEXT_LENGTH = 32;

/** Markdown's emphasis and code marks and runs of white space do not count when comparing words. */
const comparable = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** Whether typed or pasted words occur in a definition (its Markdown source), as the keyboard path checks before sending. */
export function occursIn(text: string, passage: string): boolean {
  const words = comparable(passage);
  return !!words && comparable(text).includes(words);
}

/**
 * The words selected inside `container`, with their surroundings, or null when nothing (or
 * only white space) is selected there. Offsets count in the container's text as displayed.
 */
export function selectionIn(container: HTMLElement, selection: Selection | null): PassageSelection | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const raw = range.toString();
  const exact = raw.trim();
  if (!exact) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.selectNodeContents(container);
  after.setStart(range.endContainer, range.endOffset);
  // Leading or trailing white space selected along with the words belongs to the surroundings.
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  const prefixText = before.toString() + raw.slice(0, leading);
  const suffixText = raw.slice(raw.length - trailing) + after.toString();
  return { exact, prefix: prefixText.slice(-CONTEXT_LENGTH), suffix: suffixText.slice(0, CONTEXT_LENGTH), start: prefixText.length };
}

interface Anchored {
  id: string;
  anchor: { start: number | null; end: number | null } | null;
}

/** The annotations whose passage is found in the current text, numbered in the order they are listed. */
export function anchoredPassages<A extends Anchored>(annotations: readonly A[]): { annotation: A; number: number; start: number; end: number }[] {
  return annotations
    .filter((annotation) => annotation.anchor?.start != null && annotation.anchor.end != null)
    .map((annotation, index) => ({ annotation, number: index + 1, start: annotation.anchor!.start!, end: annotation.anchor!.end! }));
}
