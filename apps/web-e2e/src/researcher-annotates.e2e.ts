import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

/** The definitions side by side, one column per perspective. */
const definitions = (page: Page) => page.getByRole('region', { name: /^Definities per perspectief/ });

describe('a researcher compares, adds and contests definitions', () => {
  let browser: Browser;
  let page: Page;
  const definition = `Vakmanschap is wat een opleiding meegeeft en wat de praktijk verder ontwikkelt (${Date.now().toString(36)}).`;

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('sees the definitions of vakmanschap side by side, one column per perspective', async () => {
    await signIn(page, 'onderzoeker@tilburguniversity.example');
    await page.goto('/begrippen/vakmanschap');
    await page.getByRole('heading', { level: 1, name: 'vakmanschap' }).waitFor();
    const columns = definitions(page).getByRole('heading', { level: 3 });
    // The header paints before the definitions: wait for them before counting.
    await columns.first().waitFor();
    assert.ok((await columns.count()) >= 3, 'several perspectives');
    await definitions(page).getByText('Betwisting', { exact: true }).first().waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('adds a definition from a perspective, with its source', async () => {
    const form = page.getByRole('region', { name: 'Definitie toevoegen' });
    await form.getByLabel(/^Perspectief/).selectOption('EDUCATION');
    await form.getByLabel(/^Definitie/).fill(definition);
    await form.getByLabel(/^Titel van de bron/).fill('Lectorale rede Vakmanschap in het onderwijs');
    await form.getByLabel(/^Jaar/).fill('2024');
    await form.getByRole('button', { name: 'Definitie opslaan' }).click();
    await page.getByText('De definitie is toegevoegd.').waitFor();
    await page.getByRole('heading', { name: /^Onderwijs/ }).waitFor();
    // The source is credited apart from who entered it.
    await definitions(page).getByRole('article').filter({ hasText: definition }).getByText('Bron: Lectorale rede Vakmanschap in het onderwijs, 2024 — ingevoerd door Hanneke Smulders (Tilburg University)').waitFor();
  });

  it('contests it with an annotation that shows its motivation in words and icon', async () => {
    const card = definitions(page).getByRole('article').filter({ hasText: definition });
    await card.getByRole('button', { name: /^Annoteren/ }).click();
    await card.getByRole('radio', { name: 'Betwisting' }).check();
    await card.getByLabel(/^Uw annotatie/).fill('Hier ontbreekt de rol van de cliënt: vakmanschap blijkt in de samenwerking.');
    await card.getByRole('button', { name: 'Annotatie plaatsen' }).click();
    await card.getByText('Uw annotatie is geplaatst.').waitFor();
    const annotation = card.getByRole('listitem').filter({ hasText: 'Hier ontbreekt de rol van de cliënt' });
    await annotation.waitFor();
    const motivation = annotation.getByText('Betwisting', { exact: true });
    await motivation.waitFor();
    assert.equal(await motivation.locator('svg').count(), 1);
  });
});
