/** Set by the API next to the HttpOnly session cookie, which no script can read. */
export const CSRF_COOKIE = 'wk_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of one cookie in a `document.cookie` string, or undefined. */
export function cookieValue(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The CSRF token the API expects in the X-CSRF-Token header of cookie-authenticated mutations.
 * Its presence also tells that this browser may hold a session.
 */
export function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return cookieValue(document.cookie, CSRF_COOKIE) || undefined;
}
