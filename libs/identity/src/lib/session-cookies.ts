import type { CookieOptions, Request, Response } from 'express';
import type { IdentityOptions } from './identity-options';
import type { IssuedSession } from './session.service';

/** The web app's session: HttpOnly, so no script can read it; SameSite=Strict, so other sites cannot send it. */
export const SESSION_COOKIE = 'wk_session';
/** Readable by the web app, which echoes it in the X-CSRF-Token header on mutations. */
export const CSRF_COOKIE = 'wk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Over https the cookies are Secure; on http://localhost a browser would drop them. */
export const secureCookies = (options: IdentityOptions) => options.publicUrl.startsWith('https:');

const base = (secure: boolean): CookieOptions => ({ sameSite: 'strict', secure, path: '/' });

export function setSessionCookies(res: Response, session: IssuedSession, secure: boolean): void {
  res.cookie(SESSION_COOKIE, session.refreshToken, { ...base(secure), httpOnly: true, expires: session.refreshExpiresAt });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...base(secure), httpOnly: false, expires: session.refreshExpiresAt });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { ...base(secure), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, base(secure));
}

export const sessionCookieOf = (req: Request): string | undefined => {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length <= 200 ? value : undefined;
};
