import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage } from './support/browser.ts';

interface Cell {
  determinant: string;
  targetGroup: string;
  interventions: number;
}

/** The numbers of the map on the page, row by row: from the SVG's cells or from the table's. */
const countsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-interventions'))));

describe('a visitor reads the evidence map and follows a cell into the search', () => {
  let browser: Browser;
  let page: Page;
  let cells: Cell[];

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    const answer = await graphql<{ evidenceGapMap: { cells: Cell[] } }>('{ evidenceGapMap { cells { determinant targetGroup interventions } } }');
    cells = answer.data!.evidenceGapMap.cells;
  });
  after(() => browser?.close());

  it('is in the main menu and draws every cell, gaps hatched, with the numbers of the API', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bewijskaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewijskaart' }).waitFor();
    await page.locator('svg a[data-interventions]').first().waitFor();
    assert.deepEqual(
      await countsIn(page, 'svg [data-interventions]'),
      cells.map((cell) => cell.interventions),
    );
    const gaps = cells.filter((cell) => cell.interventions === 0).length;
    assert.ok(gaps > 0, 'the demo content leaves gaps');
    assert.equal(await page.getByRole('img', { name: /: lacune, geen interventies\.$/ }).count(), gaps);
    await page.getByText(`${gaps} van de ${cells.length} vakken zijn lacunes.`).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('shows the same numbers as a table', async () => {
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const table = page.getByRole('table', { name: /Aantal interventies en beste erkenningsniveau/ });
    await table.waitFor();
    assert.match(page.url(), /\?weergave=tabel$/);
    assert.deepEqual(
      await countsIn(page, 'table td[data-interventions]'),
      cells.map((cell) => cell.interventions),
    );
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await table.waitFor({ state: 'hidden' });
  });

  it('downloads the map as SVG and its numbers as CSV', async () => {
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kaart downloaden (SVG)' }).click()]);
    assert.equal(svgDownload.suggestedFilename(), 'bewijskaart.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(!svg.includes('class="'), 'no class names of the page');
    assert.match(svg, /href="http:\/\/[^"]+\/\?targetGroups=/);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gegevens downloaden (CSV)' }).click()]);
    assert.equal(csvDownload.suggestedFilename(), 'bewijskaart.csv');
    const lines = (await readFile((await csvDownload.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Determinant,Doelgroep,Aantal interventies,Beste erkenningsniveau,Trede (1-5),Code determinant,Code doelgroep,Code erkenningsniveau');
    assert.deepEqual(
      lines.slice(1).map((line) => Number(line.split(',').at(-6))),
      cells.map((cell) => cell.interventions),
    );
  });

  it('opens the search for a cell with its determinant and target group as filters, finding its interventions', async () => {
    const fullest = cells.reduce((best, cell) => (cell.interventions > best.interventions ? cell : best));
    await page.locator(`svg a[data-determinant="${fullest.determinant}"][data-target-group="${fullest.targetGroup}"]`).click();
    await page.waitForURL(/\/\?/);
    const params = new URL(page.url()).searchParams;
    assert.deepEqual(params.getAll('determinants'), [fullest.determinant]);
    assert.deepEqual(params.getAll('targetGroups'), [fullest.targetGroup]);
    await page.getByRole('button', { name: /^Filter verwijderen: Determinant/ }).waitFor();
    await page.getByRole('button', { name: /^Filter verwijderen: Doelgroep/ }).waitFor();
    await page.getByRole('status').filter({ hasText: new RegExp(`^${fullest.interventions} resultaten$`) }).waitFor();
  });
});
