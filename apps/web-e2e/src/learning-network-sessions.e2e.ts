import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite } from './support/browser.ts';

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
