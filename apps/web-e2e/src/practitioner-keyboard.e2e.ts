import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, openPageForSuite } from './support/browser.ts';

const hits = (page: Page) => page.getByRole('region', { name: 'Resultaten' }).locator('ol > li');
const firstResultLink = (page: Page) => hits(page).first().getByRole('heading').getByRole('link');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const LADDER = ['Goed beschreven', 'Goed onderbouwd', 'Effectief: eerste aanwijzingen', 'Effectief: goede aanwijzingen', 'Effectief: sterke aanwijzingen'];

describe('a practitioner searches with the keyboard and reads results at a glance', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  async function searchFor(query: string) {
    await page.goto('/');
    await page.getByLabel('Zoekterm').fill(query);
    await page.getByRole('status').filter({ hasText: new RegExp(`resultaten? voor ‘${query}’`) }).waitFor();
    await hits(page).first().waitFor();
  }

  it('goes from the search box to the first result in at most 3 key presses', async () => {
    await searchFor('werk');
    const firstTitle = (await firstResultLink(page).textContent())!.trim();

    // Tab alone, for comparison: every filter lies in between.
    await page.getByLabel('Zoekterm').focus();
    let tabsOnly = 0;
    while ((await focusedText(page)) !== firstTitle && tabsOnly < 200) {
      await page.keyboard.press('Tab');
      tabsOnly += 1;
    }

    await page.getByLabel('Zoekterm').focus();
    let presses = 0;
    await page.keyboard.press('Tab');
    presses += 1;
    assert.match(await focusedText(page), /^Naar de \d+ resultaten$/, 'the skip link comes right after the search box');
    await page.keyboard.press('Enter');
    presses += 1;
    assert.equal(await focusedText(page), firstTitle);
    assert.ok(presses <= 3, `${presses} key presses`);
    console.log(`keyboard: search box → first result: ${presses} key presses with the skip link, ${tabsOnly} with Tab alone`);
  });

  it('puts focus back on the result one came from after Back', async () => {
    const second = hits(page).nth(1).getByRole('heading').getByRole('link');
    const title = (await second.textContent())!.trim();
    await second.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.waitForFunction((expected) => document.activeElement?.textContent?.trim() === expected, title);
  });

  it('shows the evidence level on intervention cards and the ladder facet in ladder order', async () => {
    await page.getByRole('group', { name: 'Soort', exact: true }).getByLabel(/^Interventie/).click();
    await page.getByRole('button', { name: 'Filter verwijderen: Soort: Interventie' }).waitFor();
    await hits(page).filter({ hasNot: page.getByText('Interventie', { exact: true }) }).first().waitFor({ state: 'detached' });
    const cards = await hits(page).count();
    assert.ok(cards > 0);
    assert.equal(await hits(page).filter({ hasText: /Erkenningsniveau: / }).count(), cards, 'every intervention card has its badge');

    const ladderFacet = page.getByRole('group', { name: 'Erkenningsniveau' });
    await ladderFacet.getByRole('checkbox').nth(1).waitFor();
    const levels = (await ladderFacet.getByRole('checkbox').evaluateAll((boxes) =>
      boxes.map((box) => box.closest('label')?.querySelector('span')?.textContent ?? ''),
    )) as string[];
    assert.ok(levels.length > 1);
    assert.deepEqual(levels, LADDER.filter((level) => levels.includes(level)));
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});

describe('on a phone (390 px wide)', () => {
  let browser: Browser;
  let phone: Page;
  before(async () => {
    browser = await launchBrowser();
    phone = await newPage(browser, { width: 390, height: 844 });
  });
  after(() => browser?.close());

  it('names the filters toggle by what it will do', async () => {
    await phone.goto('/?q=werk');
    const toggle = phone.getByRole('button', { name: /^Filters tonen/ });
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    const hide = phone.getByRole('button', { name: /^Filters verbergen/ });
    await hide.waitFor();
    assert.equal(await hide.getAttribute('aria-expanded'), 'true');
    await phone.getByRole('group', { name: 'Soort', exact: true }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(phone), []);
  });

  it('shows the short facts of an intervention first: evidence level, target groups, duration', async () => {
    const interventions = await graphql<{ interventions: { nodes: { slug: string }[] } }>('query { interventions(first: 1, sort: NAME) { nodes { slug } } }');
    await phone.goto(`/interventies/${interventions.data!.interventions.nodes[0]!.slug}`);
    await phone.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
    const top = async (text: string) => (await phone.getByRole('term').filter({ hasText: text }).first().boundingBox())!.y;
    const what = (await phone.getByRole('heading', { name: 'Wat doe je?' }).boundingBox())!.y;
    const evidence = await top('Erkenningsniveau');
    const targetGroups = await top('Doelgroepen');
    const height = await phone.evaluate(() => document.documentElement.scrollHeight);
    console.log(`phone: evidence level at ${Math.round(evidence)} px, target groups at ${Math.round(targetGroups)} px of a ${height} px page`);
    assert.ok(evidence < what && targetGroups < what, 'the short facts come before the long read');
    assert.ok(evidence < 900, `evidence level within about the first screen (${evidence} px)`);
    assert.deepEqual(await seriousAccessibilityProblems(phone), []);
  });
});
