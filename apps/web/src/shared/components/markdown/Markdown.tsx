import ReactMarkdown, { type Components } from 'react-markdown';
import { safeUrl } from '../../lib/safe-url';
import { remarkOutline } from './remark-outline';

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
}

/** Only these elements survive; anything else is replaced by its content. */
const ALLOWED = ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const BoldParagraph: Components['h1'] = ({ children }) => (
  <p className="markdown__heading">
    <strong>{children}</strong>
  </p>
);

const components: Components = {
  // An address that safeUrl refused arrives without href: the words stay, the link goes.
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // No images from user text (tracking pixels, misleading pictures): their description instead.
  img: ({ alt }) => (alt ? <span className="markdown__image-alt">{alt}</span> : null),
};

const flatComponents: Components = { ...components, h1: BoldParagraph, h2: BoldParagraph, h3: BoldParagraph, h4: BoldParagraph, h5: BoldParagraph, h6: BoldParagraph };

/**
 * Renders user-written Markdown safely: raw HTML shows as text, links only to http(s), mailto
 * or this site and with rel="nofollow", images as their alt text, headings fitted into the
 * page's outline. Imported only by detail pages, so it loads with them, not with the first page.
 */
export function Markdown({ text, headingLevel }: MarkdownProps) {
  return (
    <div className="markdown">
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={(url) => safeUrl(url)}
        remarkPlugins={headingLevel ? [[remarkOutline, headingLevel]] : []}
        components={headingLevel ? components : flatComponents}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
