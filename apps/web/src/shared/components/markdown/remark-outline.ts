/** The little of a Markdown syntax tree (mdast) that this plugin reads. */
interface MarkdownNode {
  type: string;
  depth?: number;
  children?: MarkdownNode[];
}

function headingsOf(node: MarkdownNode, found: MarkdownNode[] = []): MarkdownNode[] {
  if (node.type === 'heading') found.push(node);
  node.children?.forEach((child) => headingsOf(child, found));
  return found;
}

/**
 * Fits the headings of user-written Markdown into the page's outline: the highest level the
 * text uses becomes `topLevel`, the next one used becomes `topLevel + 1`, and so on (never
 * beyond h6), so a text that starts with `###` or skips from `#` to `###` leaves no gaps.
 */
export function remarkOutline(topLevel: number) {
  return (tree: MarkdownNode) => {
    const headings = headingsOf(tree);
    const used = [...new Set(headings.map((heading) => heading.depth ?? 1))].sort((a, b) => a - b);
    for (const heading of headings) heading.depth = Math.min(6, topLevel + used.indexOf(heading.depth ?? 1));
  };
}
