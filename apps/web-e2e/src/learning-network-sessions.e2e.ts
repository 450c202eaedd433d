import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite, signIn } from './support/browser.ts';

describe('a visitor reads the report of a session of the network', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('finds the sessions from the network page, newest first', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Netwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisstroom in het netwerk' }).waitFor();
    await page.getByRole('link', { name: 'Bijeenkomsten van het netwerk over omstreden begrippen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
    const table = page.getByRole('table', { name: 'Alle bijeenkomsten, de meest recente eerst' });
    await table.getByRole('row').nth(3).waitFor();
    const kinds = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    assert.deepEqual(kinds, ['After-sessie met kennisinstellingen', 'Stakeholderbijeenkomst', 'Expertbijeenkomst']);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('reads who took part with which perspective, and per term where they meet, differ and what follows', async () => {
    await page.getByRole('link', { name: 'Waar verschillen we, waar vinden we elkaar?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waar verschillen we, waar vinden we elkaar?' }).waitFor();
    await page.getByText('Stakeholderbijeenkomst', { exact: true }).waitFor();
    const participants = page.getByRole('region', { name: 'Deelnemers en hun perspectief' });
    await participants.getByRole('row', { name: /Cliëntenraad .* Cliënt/ }).waitFor();
    const vakmanschap = page.getByRole('region', { name: 'vakmanschap' });
    await vakmanschap.getByText('Waar de perspectieven elkaar vinden').waitFor();
    await vakmanschap.getByText(/Alle partijen willen dat de professional kan uitleggen/).waitFor();
    await vakmanschap.getByText('Afgesproken vervolg').waitFor();
    // What came of it: the clients' definition and the conflict the researchers then stated.
    await vakmanschap.getByText(/^Definitie vanuit Cliënt/).waitFor();
    await vakmanschap.getByText(/^Gemeente is in strijd met Ministerie/).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('follows a term to its timeline', async () => {
    await page.getByRole('region', { name: 'vakmanschap' }).getByRole('link', { name: /Verloop van dit begrip door de tijd/ }).click();
    await page.getByRole('heading', { level: 1, name: 'vakmanschap' }).waitFor();
    await page.getByText('Verloop door de tijd', { exact: true }).waitFor();
  });

  it('marks Dutch content inside the English interface', async () => {
    await page.goto('/bijeenkomsten');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    const title = page.getByRole('link', { name: 'Waar verschillen we, waar vinden we elkaar?' });
    assert.equal(await title.getAttribute('lang'), 'nl');
    await page.getByRole('cell', { name: 'Stakeholder meeting' }).waitFor();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
  });
});

describe('a researcher records a session', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('says what is missing, then records who took part and what emerged, and shows the report', async () => {
    await signIn(page, 'onderzoeker@tilburguniversity.example');
    await page.goto('/bijeenkomsten');
    await page.getByRole('link', { name: 'Bijeenkomst vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bijeenkomst vastleggen' }).waitFor();
    await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
    await summary.getByRole('link', { name: /^Titel: Vul dit in\./ }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    const title = `Leerkring bejegening ${Date.now().toString(36)}`;
    await page.getByLabel('Soort').selectOption({ label: 'Overige bijeenkomst' });
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel(/^Datum/).fill('2025-10-02');
    await page.getByLabel(/^Organisator/).selectOption({ label: 'Tilburg University' });
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const participant = page.getByRole('group', { name: 'Deelnemer 1' });
    await participant.getByLabel('Organisatie').selectOption({ label: 'UWV' });
    await participant.getByLabel('Perspectief').selectOption({ label: 'UWV' });
    await participant.getByLabel('Inbreng').fill('Bracht de werkinstructies mee.');
    await page.getByRole('button', { name: 'Begrip op de agenda zetten' }).click();
    const item = page.getByRole('group', { name: 'Begrip 1 op de agenda' });
    await item.getByLabel('Begrip').selectOption({ label: 'bejegening' });
    await item.getByLabel('Waar de perspectieven elkaar vinden').fill('Respect voor de klant staat voorop.');
    await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('region', { name: 'Deelnemers en hun perspectief' }).getByRole('row', { name: /UWV .*werkinstructies/ }).waitFor();
    await page.getByRole('region', { name: 'bejegening' }).getByText('Respect voor de klant staat voorop.').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});
