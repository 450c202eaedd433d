import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

/** The accounts table; the admin screen also lists organisations and themes. */
const accountsTable = (page: Page) => page.getByRole('table', { name: /^Accounts/ });

/** The row of one account; pages on with "Meer laden" while it is not shown yet. */
async function accountRow(page: Page, email: string): Promise<Locator> {
  const row = accountsTable(page).getByRole('row').filter({ hasText: email });
  await accountsTable(page).waitFor();
  while (!(await row.count()) && (await page.getByRole('button', { name: 'Meer laden' }).count())) {
    const shown = await accountsTable(page).getByRole('row').count();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.waitForFunction((before) => document.querySelectorAll('tr').length > before, shown);
  }
  return row;
}

describe('an admin invites, turns off and turns back on an account', () => {
  let browser: Browser;
  let admin: Page;
  let invited: Page;
  let invitationPath = '';
  const stamp = Date.now().toString(36);
  const email = `nieuw.${stamp}@tilburg.example`;
  const name = `Noor Nieuw ${stamp}`;
  const password = 'een zin als wachtwoord';

  before(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    // A separate context: the invited person's own browser, without the admin's cookies.
    invited = await newPage(browser);
  });
  after(() => browser?.close());

  it('opens the administration through the menu and sees the accounts', async () => {
    await signIn(admin, 'beheer@werkkennis.example');
    await admin.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    const table = accountsTable(admin);
    await table.getByRole('cell', { name: 'redacteur@tilburg.example' }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(admin), []);
  });

  it("explains next to the row that an admin cannot change their own account", async () => {
    const own = await accountRow(admin, 'beheer@werkkennis.example');
    await own.getByRole('combobox').selectOption('EDITOR');
    await own.getByRole('button', { name: /^Rol wijzigen/ }).click();
    await own.getByRole('alert').getByText('U kunt uw eigen rol of account niet wijzigen').waitFor();
  });

  it('invites someone and sees the link to pass on, with its expiry', async () => {
    const form = admin.getByRole('region', { name: 'Iemand uitnodigen' });
    await form.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await form.getByRole('alert').getByText('Controleer het formulier').waitFor();
    assert.equal(await form.getByLabel(/^Rol/).getAttribute('aria-invalid'), 'true');

    await form.getByLabel(/^E-mailadres/).fill(email);
    await form.getByLabel(/^Naam/).fill(name);
    await form.getByLabel(/^Rol/).selectOption('EDITOR');
    await form.getByLabel(/^Organisatie/).selectOption({ label: 'Gemeente Tilburg' });
    await form.getByRole('button', { name: 'Uitnodiging maken' }).click();

    await form.getByRole('heading', { name: `Uitnodiging voor ${name} gemaakt` }).waitFor();
    await form.getByText('Er is geen e-mail verstuurd').waitFor();
    await form.getByText('(er is geen mailserver ingesteld', { exact: false }).waitFor();
    await form.getByText(/^Geldig tot \d+ \w+ \d{4}/).waitFor();
    const url = new URL(await form.getByLabel('Uitnodigingslink').inputValue());
    assert.equal(url.pathname, '/uitnodiging');
    assert.ok(url.searchParams.get('token'));
    // The link carries the server's public address; open it on the address under test.
    invitationPath = url.pathname + url.search;
    assert.deepEqual(await seriousAccessibilityProblems(admin), []);

    const row = await accountRow(admin, email);
    await row.getByText('Uitgenodigd').waitFor();
  });

  it('sends the invitation again with a new link, which replaces the first one', async () => {
    const row = await accountRow(admin, email);
    await row.getByRole('button', { name: /^Uitnodiging opnieuw versturen/ }).click();
    await row.getByRole('status').getByText(`Nieuwe uitnodiging voor ${name} gemaakt; de vorige link werkt niet meer.`).waitFor();
    const resent = new URL(await admin.locator('#resent-invitation-url').inputValue());
    assert.notEqual(resent.pathname + resent.search, invitationPath);
    assert.deepEqual(await seriousAccessibilityProblems(admin), []);

    await invited.goto(invitationPath);
    await invited.getByLabel(/^Nieuw wachtwoord/).fill(password);
    await invited.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(password);
    await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invited.getByRole('alert').getByText('Deze link is verlopen of al gebruikt', { exact: false }).waitFor();
    invitationPath = resent.pathname + resent.search;
  });

  it('lets the invited person choose a password, with errors next to the fields', async () => {
    await invited.goto(invitationPath);
    await invited.getByRole('heading', { level: 1, name: 'Welkom bij Werkkennis' }).waitFor();
    await invited.getByLabel(/^Nieuw wachtwoord/).fill('te kort');
    await invited.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill('iets anders');
    await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invited.getByRole('alert').getByText('Controleer het formulier').waitFor();
    assert.equal(await invited.locator('#new-password-error').textContent(), 'Kies een wachtwoord van minstens 12 tekens.');
    assert.equal(await invited.locator('#new-password-confirmation-error').textContent(), 'De twee wachtwoorden zijn niet gelijk.');
    assert.equal(await invited.getByLabel(/^Nieuw wachtwoord/).getAttribute('aria-invalid'), 'true');
    assert.match((await invited.getByLabel(/^Nieuw wachtwoord/).getAttribute('aria-describedby')) ?? '', /new-password-error/);
    assert.deepEqual(await seriousAccessibilityProblems(invited), []);

    await invited.getByLabel(/^Nieuw wachtwoord/).fill(password);
    await invited.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(password);
    await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invited.waitForURL(/\/inloggen$/);
    await invited.getByText('Uw wachtwoord is opgeslagen.', { exact: false }).waitFor();

    // The link works once.
    await invited.goto(invitationPath);
    await invited.getByLabel(/^Nieuw wachtwoord/).fill(password);
    await invited.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(password);
    await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await invited.getByRole('alert').getByText('Deze link is verlopen of al gebruikt', { exact: false }).waitFor();
    // An invited person cannot ask for a new link themselves: the page says who can.
    await invited.getByRole('alert').getByText('Vraag de beheerder die u uitnodigde om een nieuwe uitnodiging', { exact: false }).waitFor();
  });

  it('signs the new editor in, who may not enter the administration', async () => {
    await invited.goto('/inloggen');
    await invited.getByLabel('E-mailadres').fill(email);
    await invited.getByLabel('Wachtwoord').fill(password);
    await invited.getByRole('button', { name: 'Inloggen' }).click();
    await invited.getByRole('heading', { name: 'Projecten van Gemeente Tilburg' }).waitFor();
    assert.equal(await invited.getByRole('link', { name: 'Beheer' }).count(), 0);
    await invited.goto('/beheer');
    await invited.getByRole('alert').getByText('Dit deel is voor beheerders. U bent ingelogd als redacteur. Hebt u het nodig voor uw werk? Vraag een beheerder om uw rol aan te passen.').waitFor();
  });

  it('turns the account off after a confirmation; the person is signed out at their next step', async () => {
    await admin.reload();
    const row = await accountRow(admin, email);
    await row.getByText('Actief', { exact: true }).waitFor();

    await row.getByRole('button', { name: /^Account uitzetten/ }).click();
    const dialog = admin.getByRole('dialog', { name: `Account van ${name} uitzetten?` });
    await dialog.waitFor();
    // The safe choice has the focus, so Enter does not do what cannot be undone.
    assert.equal(await admin.evaluate(() => document.activeElement?.textContent), 'Annuleren');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Actief', { exact: true }).waitFor();

    await row.getByRole('button', { name: /^Account uitzetten/ }).click();
    await dialog.getByRole('button', { name: 'Ja, account uitzetten' }).click();
    await row.getByRole('status').getByText(`Het account van ${name} staat uit.`).waitFor();
    await row.getByText('Uitgezet').waitFor();
    assert.equal(await row.getByRole('button', { name: /^Account uitzetten/ }).count(), 0);

    // The invited editor's next step that needs the account is refused: sign in again.
    await invited.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Redactie' }).click();
    await invited.getByRole('link', { name: 'Nieuw project' }).click();
    await invited.getByLabel(/^Titel/).fill('Na het uitzetten');
    await invited.getByLabel(/^Samenvatting/).fill('Dit account staat uit.');
    await invited.getByRole('button', { name: 'Opslaan als concept' }).click();
    await invited.getByText('Uw sessie is verlopen; log opnieuw in.').waitFor();
    assert.match(invited.url(), /\/inloggen$/);
    assert.equal(await invited.getByRole('button', { name: 'Uitloggen' }).count(), 0);

    // And signing in no longer works.
    await invited.getByLabel('E-mailadres').fill(email);
    await invited.getByLabel('Wachtwoord').fill(password);
    await invited.getByRole('button', { name: 'Inloggen' }).click();
    await invited.getByRole('alert').getByText('Controleer het formulier').waitFor();
    await invited.reload();
    await invited.getByRole('link', { name: 'Inloggen' }).waitFor();
    assert.equal(await invited.getByRole('button', { name: 'Uitloggen' }).count(), 0);
  });

  it('turns the account back on, after which the editor signs in with the same password', async () => {
    const row = await accountRow(admin, email);
    await row.getByRole('button', { name: /^Weer aanzetten/ }).click();
    await row.getByRole('status').getByText(`${name} kan weer inloggen met het eigen wachtwoord.`).waitFor();
    await row.getByText('Actief', { exact: true }).waitFor();

    await invited.goto('/inloggen');
    await invited.getByLabel('E-mailadres').fill(email);
    await invited.getByLabel('Wachtwoord').fill(password);
    await invited.getByRole('button', { name: 'Inloggen' }).click();
    await invited.getByText(`Ingelogd als ${name}`).waitFor();
    // Back where the ended session sent them to sign in, with what they had typed.
    await invited.getByRole('heading', { level: 1, name: 'Nieuw project' }).waitFor();
    await invited.getByText('Uw niet-opgeslagen wijzigingen van eerder zijn teruggezet.', { exact: false }).waitFor();
    assert.equal(await invited.getByLabel(/^Titel/).inputValue(), 'Na het uitzetten');
    assert.equal(await invited.getByLabel(/^Samenvatting/).inputValue(), 'Dit account staat uit.');
  });
});
