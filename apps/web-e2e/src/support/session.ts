import type { BrowserContext } from 'playwright-core';
import { BASE_URL } from './browser.ts';

/**
 * Ends a browser's session behind its back, as signing out in another tab or an expired
 * session would: a logout with the context's own cookies and CSRF token.
 */
export async function endSessionElsewhere(context: BrowserContext): Promise<void> {
  const cookies = await context.cookies(BASE_URL);
  const csrf = cookies.find((cookie) => cookie.name === 'wk_csrf')?.value;
  if (!csrf) throw new Error('the browser has no session cookie');
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
      'x-csrf-token': csrf,
    },
    body: JSON.stringify({ query: 'mutation { logout }' }),
  });
  const body = (await response.json()) as { data?: { logout: boolean }; errors?: unknown };
  if (!body.data?.logout) throw new Error(`logout failed: ${JSON.stringify(body.errors)}`);
}
