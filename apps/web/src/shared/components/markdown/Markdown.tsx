import type { MouseEvent } from 'react';
import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import { safeUrl } from '../../lib/safe-url';
import type { TermMention } from '../../lib/term-mentions';
import { TermLink } from '../TermLink';
import { type Highlight, remarkHighlights } from './remark-highlights';
import { remarkOutline } from './remark-outline';
import { remarkTermMentions } from './remark-term-mentions';
import styles from './Markdown.module.css';

type PluggableList = NonNullable<Options['remarkPlugins']>;

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface MarkdownProps {
  /** Markdown written by a person: a project text, a finding, a definition, an annotation. */
  text: string;
  /**
   * The level the text's own headings start at, below the heading of the section it sits in
   * (a section under an h2 passes 3). Without it, headings become bold paragraphs: in a card or
   * a comment they would break the page's outline.
   */
  headingLevel?: HeadingLevel;
  /**
   * Contested terms the API found in this text (`termMentions` of this field, see
   * `mentionsOfField`); they become links to the term's page.
   */
  mentions?: readonly TermMention[];
  /** Passages to mark in the text (offsets in `text`), each with a link to what was said about it. */
  highlights?: readonly Highlight[];
}

/** Only these elements survive; anything else is replaced by its content. Markdown syntax makes no mark, sup or span: only remarkHighlights does. */
const ALLOWED = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'mark', 'sup', 'span'];

/** An in-page link moves focus too, not only the view: keyboard and screen reader users land where the eye does. */
function focusLinkTarget(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

const BoldParagraph: Components['h1'] = ({ children }) => (
  <p className={styles.heading}>
    <strong>{children}</strong>
  </p>
);

const components: Components = {
  // An address that safeUrl refused arrives without href: the words stay, the link goes.
  // A term mention (a link only remarkTermMentions makes) stays on this site, via the router.
  a: ({ href, children, node }) => {
    const term = node?.properties['dataTerm'];
    if (href && node?.properties['dataPassageLink']) {
      return (
        <a href={href} className={styles.passageLink} onClick={focusLinkTarget}>
          {children}
        </a>
      );
    }
    if (href && typeof term === 'string') {
      return (
        <TermLink slug={term} label={String(node?.properties['dataTermLabel'] ?? term)}>
          {children}
        </TermLink>
      );
    }
    return href ? (
      <a href={href} rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    );
  },
  // No images from user text (tracking pixels, misleading pictures): their description instead.
  img: ({ alt }) => (alt ? <span className={styles.imageAlt}>{alt}</span> : null),
};

const flatComponents: Components = { ...components, h1: BoldParagraph, h2: BoldParagraph, h3: BoldParagraph, h4: BoldParagraph, h5: BoldParagraph, h6: BoldParagraph };

/**
 * Renders user-written Markdown safely: raw HTML shows as text, links only to http(s), mailto
 * or this site and with rel="nofollow", images as their alt text, headings fitted into the
 * page's outline. Imported only by detail pages, so it loads with them, not with the first page.
 */
export function Markdown({ text, headingLevel, mentions, highlights }: MarkdownProps) {
  const remarkPlugins: PluggableList = [];
  if (headingLevel) remarkPlugins.push([remarkOutline, headingLevel]);
  // Before the mentions: the text nodes the mentions make have no source offsets left to mark.
  if (highlights?.length) remarkPlugins.push([remarkHighlights, { source: text, highlights }]);
  if (mentions?.length) remarkPlugins.push([remarkTermMentions, { source: text, mentions }]);
  return (
    <div className={styles.markdown}>
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={(url) => safeUrl(url)}
        remarkPlugins={remarkPlugins}
        components={headingLevel ? components : flatComponents}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
