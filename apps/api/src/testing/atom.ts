import { parseFeed } from '@rowanmanning/feed-parser';

/**
 * Parses an Atom feed with a well-kept parser and checks what Atom 1.0 (RFC 4287) requires:
 * the namespace; the feed's id, title and updated; and each entry's id, title, updated and link.
 */
export function parseAtom(xml: string) {
  const feed = parseFeed(xml);
  const problems: string[] = [];
  if (feed.meta.type !== 'atom' || feed.meta.version !== '1.0') problems.push(`not Atom 1.0 but ${feed.meta.type} ${feed.meta.version}`);
  if (!/<feed\s[^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(xml)) problems.push('the feed lacks the Atom namespace');
  // Text or CDATA (feed writes titles and summaries as CDATA), never empty.
  const has = (part: string, element: string) => new RegExp(`<${element}[^>]*>(<!\\[CDATA\\[[\\s\\S]*?\\S[\\s\\S]*?\\]\\]>|[^<]*\\S[^<]*)</${element}>`).test(part);
  const head = xml.slice(0, xml.search(/<entry>|<\/feed>/));
  for (const element of ['id', 'title', 'updated']) if (!has(head, element)) problems.push(`the feed lacks <${element}>`);
  if (!/<link [^>]*rel="self"/.test(head)) problems.push('the feed lacks its self link');
  if (!feed.updated || !feed.title) problems.push('the parser found no title or updated');
  const entries = xml.split('<entry>').slice(1);
  entries.forEach((entry, index) => {
    for (const element of ['id', 'title', 'updated']) if (!has(entry, element)) problems.push(`entry ${index + 1} lacks <${element}>`);
    if (!/<link [^>]*href="[^"]+"/.test(entry)) problems.push(`entry ${index + 1} lacks a link`);
  });
  if (entries.length !== feed.items.length) problems.push(`the parser read ${feed.items.length} of ${entries.length} entries`);
  return { feed, problems };
}
