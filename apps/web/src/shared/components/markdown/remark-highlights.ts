/** The little of a Markdown syntax tree (mdast) that this plugin reads and writes. */
interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  data?: { hName?: string; hProperties?: Record<string, string | number> };
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MarkdownNode[];
}

/** A passage to mark, in offsets of the Markdown source (UTF-16, end exclusive). */
export interface Highlight {
  /** Names the passage: marks carry it in `data-passages`, its link points at `#{target}`. */
  id: string;
  start: number;
  end: number;
  /** Where the link after the passage leads (an element id), and its visible and spoken text. */
  target: string;
  marker: string;
  markerLabel: string;
}

export interface HighlightOptions {
  /** The Markdown source the offsets count in. */
  source: string;
  highlights: readonly Highlight[];
}

const text = (value: string): MarkdownNode => ({ type: 'text', value });

/** The link after a passage to what was said about it; the renderer knows it by `data-passage-link`. */
const markerLink = (highlight: Highlight): MarkdownNode => ({
  type: 'link',
  url: `#${highlight.target}`,
  title: null,
  data: { hProperties: { dataPassageLink: highlight.id } },
  children: [
    { type: 'passageMarker', data: { hName: 'sup' }, children: [text(highlight.marker)] },
    { type: 'passageLabel', data: { hName: 'span', hProperties: { className: 'visually-hidden' } }, children: [text(` ${highlight.markerLabel}`)] },
  ],
});

/**
 * Marks quoted passages in a text (<mark>), each followed by a numbered link to its annotation.
 * Works on the parsed tree like remarkTermMentions: only text nodes whose source is their text are
 * split (never inside a link or code), so Markdown syntax in a passage only leaves that bit unmarked.
 * A part of the text in several passages is one mark naming all of them.
 */
export function remarkHighlights({ source, highlights }: HighlightOptions) {
  const markText = (node: MarkdownNode): MarkdownNode[] => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    const value = node.value ?? '';
    if (from === undefined || to === undefined || source.slice(from, to) !== value) return [node];
    const inside = highlights.filter((highlight) => highlight.start < to && highlight.end > from);
    if (!inside.length) return [node];
    const cuts = [...new Set([from, to, ...inside.flatMap((highlight) => [highlight.start, highlight.end])])].filter((cut) => cut >= from && cut <= to).sort((a, b) => a - b);
    const parts: MarkdownNode[] = [];
    for (let index = 0; index < cuts.length - 1; index += 1) {
      const [start, end] = [cuts[index], cuts[index + 1]];
      const segment = value.slice(start - from, end - from);
      const covering = inside.filter((highlight) => highlight.start < end && highlight.end > start);
      if (!covering.length) {
        parts.push(text(segment));
        continue;
      }
      parts.push({
        type: 'passage',
        // Focusable from script only: the annotation's "show in the text" moves focus here.
        data: { hName: 'mark', hProperties: { dataPassages: covering.map((highlight) => highlight.id).join(' '), tabIndex: -1 } },
        children: [text(segment)],
      });
      parts.push(...covering.filter((highlight) => highlight.end === end).map(markerLink));
    }
    return parts;
  };
  const visit = (node: MarkdownNode): void => {
    if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
    node.children = node.children.flatMap((child) => (child.type === 'text' ? markText(child) : (visit(child), [child])));
  };
  return (tree: MarkdownNode) => {
    if (highlights.length) visit(tree);
  };
}
