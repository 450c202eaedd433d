import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, openPageForSuite, signIn } from './support/browser.ts';
import { endSessionElsewhere } from './support/session.ts';

describe('the session lives in an HttpOnly cookie', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('signs in through the form and stays signed in after a reload', async () => {
    await signIn(page, 'professional@werkkennis.example');
    await page.reload();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await page.getByText('Ingelogd als Kees Brouwer').waitFor();
  });

  it('keeps the session out of reach of scripts', async () => {
    const script = await page.evaluate(() => ({
      cookie: document.cookie,
      stored: JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }),
    }));
    assert.doesNotMatch(script.cookie, /wk_session/);
    assert.match(script.cookie, /wk_csrf=/);
    assert.doesNotMatch(script.stored, /token|eyJ/i, 'no token in web storage');
    const session = (await page.context().cookies(BASE_URL)).find((cookie) => cookie.name === 'wk_session');
    assert.ok(session, 'the browser holds the session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
  });

  it('signs out, and a reload keeps it that way', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0);
    const names = (await page.context().cookies(BASE_URL)).map((cookie) => cookie.name);
    assert.ok(!names.includes('wk_session') && !names.includes('wk_csrf'), `cookies left: ${names.join(', ')}`);
  });

  it('asks to sign in again, with the reason, when the session ended elsewhere', async () => {
    await signIn(page, 'redacteur@amsterdam.example');
    await page.getByRole('link', { name: 'Nieuw project' }).click();
    await page.getByLabel(/^Titel/).fill('Na het einde van de sessie');
    await page.getByLabel(/^Samenvatting/).fill('Dit mag niet meer worden opgeslagen.');
    await endSessionElsewhere(page.context());
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Uw sessie is verlopen; log opnieuw in.').waitFor();
    assert.match(page.url(), /\/inloggen$/);
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();

    // Signing in again leads back to where the person was.
    await page.getByLabel('E-mailadres').fill('redacteur@amsterdam.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/redactie\/projecten\/nieuw$/);
  });

  it('offers a password reset that does not tell whether an account exists', async () => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByRole('button', { name: 'Herstellink aanvragen' }).click();
    assert.equal(await page.getByLabel(/^E-mailadres/).getAttribute('aria-invalid'), 'true');
    await page.getByLabel(/^E-mailadres/).fill('niemand@werkkennis.example');
    await page.getByRole('button', { name: 'Herstellink aanvragen' }).click();
    await page.getByRole('status').getByText('Als er een account is met niemand@werkkennis.example').waitFor();
  });

  it('asks before signing out of a form with unsaved changes, and the editor may stay', async () => {
    await signIn(page, 'redacteur@amsterdam.example');
    await page.goto('/redactie/projecten/nieuw');
    await page.getByLabel(/^Titel/).fill('Nog niet opgeslagen');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
    await dialog.getByRole('button', { name: 'Blijven en verder bewerken' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByLabel(/^Titel/).inputValue(), 'Nog niet opgeslagen');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await dialog.getByRole('button', { name: 'Pagina verlaten' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
  });
});
