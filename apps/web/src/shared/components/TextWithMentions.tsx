import { Fragment } from 'react';
import { splitAtMentions, type TermMention } from '../lib/term-mentions';
import { TermLink } from './TermLink';

/** Plain text (a summary, a population) in which the contested terms link to their page. */
export function TextWithMentions({ text, mentions }: { text: string; mentions: readonly TermMention[] }) {
  if (!mentions.length) return <>{text}</>;
  return (
    <>
      {splitAtMentions(text, mentions).map((part, index) =>
        part.kind === 'mention' ? (
          <TermLink key={index} slug={part.mention.termSlug} label={part.mention.label}>
            {part.text}
          </TermLink>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
