import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite, signIn } from './support/browser.ts';

describe('an admin keeps the organisations and the theme list', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));
  const stamp = Date.now().toString(36);
  const organization = `Gemeente Proefdorp ${stamp}`;
  const theme = `Werk en mantelzorg ${stamp}`;
  const status = () => page.getByRole('main').getByRole('status');

  it('opens the admin screen with organisations and themes', async () => {
    await signIn(page, 'beheer@werkkennis.example');
    await page.goto('/beheer');
    await page.getByRole('heading', { level: 2, name: 'Organisaties' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Thema’s' }).waitFor();
    await page.getByRole('table', { name: 'Organisaties met soort en regio' }).getByRole('row', { name: /Gemeente Tilburg/ }).waitFor();
    await page.getByRole('table', { name: 'Thema’s met hun status' }).getByRole('row', { name: /Gewogen Maatwerk/ }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('adds an organisation, with what is wrong shown next to the field', async () => {
    const form = page.getByRole('region', { name: 'Organisatie toevoegen' });
    await form.getByLabel(/^Naam/).fill(organization);
    await form.getByLabel(/^Soort/).selectOption('MUNICIPALITY');
    await form.getByLabel('Regio').fill('Midden-Brabant');
    await form.getByLabel('Website').fill('proefdorp.nl');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await form.getByLabel('Website').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#organization-new-website-error').textContent(), 'Gebruik een volledig webadres dat begint met https://.');

    await form.getByLabel('Website').fill('https://www.proefdorp.nl');
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await status().getByText(`Organisatie "${organization}" toegevoegd.`).waitFor();
    await page.getByRole('row', { name: new RegExp(organization) }).getByRole('cell', { name: 'Midden-Brabant' }).waitFor();
  });

  it('edits the organisation; a name that exists already is refused', async () => {
    await page.getByRole('button', { name: `${organization} wijzigen` }).click();
    const form = page.getByRole('region', { name: `${organization} wijzigen` });
    await form.getByLabel(/^Naam/).fill('gemeente tilburg');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText('Er is al een organisatie "Gemeente Tilburg".', { exact: false }).first().waitFor();

    await form.getByLabel(/^Naam/).fill(`${organization} (werk en inkomen)`);
    await form.getByLabel('Regio').fill('West-Brabant');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await status().getByText(`Organisatie "${organization} (werk en inkomen)" opgeslagen.`).waitFor();
    await page.getByRole('row', { name: new RegExp(`${organization} \\(werk en inkomen\\)`) }).getByRole('cell', { name: 'West-Brabant' }).waitFor();
  });

  it('adds a theme and refuses a second spelling of it', async () => {
    const themes = page.getByRole('region', { name: 'Thema’s' });
    await page.getByLabel(/^Naam van het thema/).fill(theme);
    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    await status().getByText(`Thema "${theme}" toegevoegd.`).waitFor();
    await page.getByLabel(/^Naam van het thema/).fill(theme.toUpperCase());
    await page.getByRole('button', { name: 'Thema toevoegen' }).click();
    await themes.getByText(`Het thema "${theme}" bestaat al.`, { exact: false }).first().waitFor();
    await page.getByLabel(/^Naam van het thema/).fill('');
  });

  it('renames the theme and retires it', async () => {
    await page.getByRole('button', { name: `Naam wijzigen van thema ${theme}` }).click();
    const newName = page.getByLabel(new RegExp(`^Nieuwe naam voor ${theme}`));
    // The keyboard goes to the field to type in.
    await page.waitForFunction(() => document.activeElement?.id === 'theme-new-name');
    await newName.fill(`Mantelzorg en werk ${stamp}`);
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await status().getByText(`Thema "${theme}" heet nu "Mantelzorg en werk ${stamp}".`).waitFor();

    await page.getByRole('button', { name: `Mantelzorg en werk ${stamp} uit gebruik nemen` }).click();
    await status().getByText(`Thema "Mantelzorg en werk ${stamp}" is uit gebruik genomen.`).waitFor();
    await page.getByRole('row', { name: new RegExp(`Mantelzorg en werk ${stamp}`) }).getByRole('cell', { name: 'Uit gebruik' }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});
