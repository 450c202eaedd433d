const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);

/**
 * The address of a link in user-written text, or null when it may not become a link: only
 * http, https and mailto, or a path on this site. Everything else (javascript:, data:, vbscript:,
 * an obfuscated protocol, a protocol-relative `//host`) is refused.
 */
export function safeUrl(url: string): string | null {
  const value = url.trim();
  if (!value) return null;
  // Browsers drop tabs and newlines inside addresses ("java\tscript:"); never guess, refuse.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const colon = value.indexOf(':');
  const pathStart = value.search(/[/?#]/);
  if (colon !== -1 && (pathStart === -1 || colon < pathStart)) {
    return SAFE_PROTOCOLS.has(value.slice(0, colon).toLowerCase()) ? value : null;
  }
  // A relative address; `//host` and `/\host` would leave the site without a protocol.
  if (/^[/\\]{2}/.test(value) || value.startsWith('\\')) return null;
  return value;
}
