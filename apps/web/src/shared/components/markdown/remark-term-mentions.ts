import { splitAtMentions, splitAtMentionWords, termPath, type MentionPart, type TermMention } from '../../lib/term-mentions';

/** The little of a Markdown syntax tree (mdast) that this plugin reads and writes. */
interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  data?: { hProperties?: Record<string, string> };
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MarkdownNode[];
}

export interface TermMentionOptions {
  /** The Markdown source the offsets count in: the field's raw text. */
  source: string;
  /** The mentions of this field to link (see `mentionsOfField`). */
  mentions: readonly TermMention[];
}

/** A link node the renderer knows as a term mention by its `data-term` property, set only here. */
function toNode(part: MentionPart): MarkdownNode {
  if (part.kind === 'text') return { type: 'text', value: part.text };
  return {
    type: 'link',
    url: termPath(part.mention.termSlug),
    title: null,
    data: { hProperties: { dataTerm: part.mention.termSlug, dataTermLabel: part.mention.label } },
    children: [{ type: 'text', value: part.text }],
  };
}

/**
 * Turns the contested terms the API found in a text (`termMentions`) into links to their page.
 * Works on the parsed tree, after Markdown syntax is understood and before anything becomes
 * HTML, so it adds no way around the renderer's sanitizing: only text nodes are split, never
 * inside a link or code, and the new links point at `/begrippen/{slug}`.
 */
export function remarkTermMentions({ source, mentions }: TermMentionOptions) {
  const linkText = (node: MarkdownNode): MarkdownNode[] => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value = node.value ?? '';
    if (start === undefined || end === undefined) return [node];
    const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
    if (!inside.length) return [node];
    // Usually the node's text is its source; escapes and indented continuation lines differ.
    const parts = source.slice(start, end) === value ? splitAtMentions(value, inside, start) : splitAtMentionWords(value, inside);
    return parts.some((part) => part.kind === 'mention') ? parts.map(toNode) : [node];
  };
  const visit = (node: MarkdownNode): void => {
    if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
    node.children = node.children.flatMap((child) => (child.type === 'text' ? linkText(child) : (visit(child), [child])));
  };
  return (tree: MarkdownNode) => {
    if (mentions.length) visit(tree);
  };
}
