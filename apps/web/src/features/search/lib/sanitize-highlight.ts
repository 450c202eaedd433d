const MARK_TAG = /(<mark>|<\/mark>)/;

/**
 * The API's highlight is HTML-escaped text with <mark>…</mark> around matches. Before it goes
 * into innerHTML, keep exactly those two tags (balanced) and neutralise any other angle bracket,
 * so nothing else can ever become markup, whatever the index returns.
 */
export function sanitizeHighlight(highlight: string): string {
  let open = false;
  let html = '';
  for (const part of highlight.split(MARK_TAG)) {
    if (part === '<mark>') {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === '</mark>') {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += part.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }
  }
  return open ? `${html}</mark>` : html;
}
