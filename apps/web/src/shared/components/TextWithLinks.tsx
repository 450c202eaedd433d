import { splitWebAddresses } from '../lib/text-with-links';

/** Free text in which web addresses become links (http and https only). */
export function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {splitWebAddresses(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} rel="noopener noreferrer">
            {part.href}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
