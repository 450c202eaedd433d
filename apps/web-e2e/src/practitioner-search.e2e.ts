import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite } from './support/browser.ts';

/** The search hits: the numbered list under "Resultaten" (the filter chips above it are a list too). */
const hits = (page: Page) => page.getByRole('region', { name: 'Resultaten' }).locator('ol > li');

describe('a practitioner searches, filters and opens an intervention', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('offers a skip link as the first stop for keyboard users', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  it('finds results for a misspelt word as they type, with matches highlighted', async () => {
    await page.getByLabel('Zoekterm').pressSequentially('vakmanschp', { delay: 30 });
    await page.getByRole('status').filter({ hasText: /resultaten? voor ‘vakmanschp’/ }).waitFor();
    assert.match(page.url(), /\?q=vakmanschp$/);
    assert.ok((await hits(page).count()) > 0, 'results are listed');
    assert.ok((await hits(page).locator('mark').count()) > 0, 'matches are highlighted');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('lists the years newest first', async () => {
    const labels = await page.getByRole('group', { name: 'Jaar' }).locator('label').allTextContents();
    const years = labels.map((label) => Number(label.match(/\d{4}/)?.[0]));
    assert.ok(years.length > 1, `more than one year to order: ${labels.join(' | ')}`);
    assert.deepEqual(years, [...years].sort((a, b) => b - a));
  });

  it('narrows to interventions with a facet, shows it as a chip, and undoes it with the back button', async () => {
    // click, not check: the box follows the URL, which the router updates a moment later.
    await page.getByRole('group', { name: 'Soort' }).getByLabel(/^Interventie/).click();
    await page.getByRole('button', { name: 'Filter verwijderen: Soort: Interventie' }).waitFor();
    assert.match(page.url(), /type=INTERVENTION/);
    // Until every hit is labelled an intervention (the previous results stay while the next load).
    await hits(page).filter({ hasNot: page.getByText('Interventie', { exact: true }) }).first().waitFor({ state: 'detached' });

    await page.goBack();
    await page.getByRole('button', { name: 'Filter verwijderen: Soort: Interventie' }).waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /type=/);
    await page.goForward();
    await page.getByRole('button', { name: 'Filter verwijderen: Soort: Interventie' }).waitFor();
  });

  it('opens the intervention with what, how and effect, and its evidence level explained', async () => {
    await hits(page).first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/interventies\//);
    await page.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
    await page.getByRole('heading', { name: 'Hoe doe je het? (bejegening)' }).waitFor();
    await page.getByRole('heading', { name: 'Welk effect zie je?' }).waitFor();
    await page.getByRole('heading', { name: 'Erkenningsniveau', exact: true }).waitFor();
    assert.equal(await page.locator('[aria-current="step"]').count(), 1, 'the ladder marks one step');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    await page.getByRole('link', { name: 'Terug naar de zoekresultaten' }).click();
    await page.getByRole('button', { name: 'Filter verwijderen: Soort: Interventie' }).waitFor();
    assert.equal(await page.getByLabel('Zoekterm').inputValue(), 'vakmanschp');
  });

  it('switches to English and remembers the choice', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search the knowledge of the learning network' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.ok(await page.getByRole('group', { name: 'Kind' }).getByLabel(/^Intervention/).isChecked());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Search the knowledge of the learning network' }).waitFor();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoek in de kennis van het lerend netwerk' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  });

  it('tells what it takes to start with an intervention: duration, costs, provider, contact, training and materials', async () => {
    await page.goto('/interventies/jobcoaching-op-de-werkplek');
    const practical = page.getByRole('region', { name: 'Praktische informatie' });
    for (const label of ['Duur en intensiteit', 'Kosten', 'Aanbieder', 'Contact', 'Training of licentie', 'Handleidingen en materialen']) {
      await practical.getByText(label, { exact: true }).waitFor();
    }
    assert.match((await practical.getByRole('link', { name: /@jobcoachnetwerk\.example$/ }).getAttribute('href')) ?? '', /^mailto:/);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});
