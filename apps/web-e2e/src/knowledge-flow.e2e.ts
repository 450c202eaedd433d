import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { graphql } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite } from './support/browser.ts';

interface Flow {
  knowledgeFlow: { links: { uses: number; developer: { name: string }; user: { name: string } }[]; years: { year: number; uses: number }[] };
}

describe('a visitor sees knowledge flow through the network', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('shows the members by kind and the flow as a picture with a description, and the same data as a table', async () => {
    const answer = await graphql<Flow>('{ knowledgeFlow { links { uses developer { name } user { name } } years { year uses } } }');
    const { links, years } = answer.data!.knowledgeFlow;
    assert.ok(links.length > 0, 'the demo content has interventions used across organisations');

    await page.goto('/netwerk');
    await page.getByRole('heading', { level: 1, name: 'Kennisstroom in het netwerk' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Gemeente \(\d+\)$/ }).waitFor();
    await page.getByRole('img', { name: 'Interventies van ontwikkelaars (links) gebruikt door andere organisaties (rechts)' }).waitFor();

    const table = page.getByRole('table', { name: /Interventies van de ene organisatie in projecten van een andere/ });
    await table.locator('tbody tr').nth(links.length - 1).waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[1].textContent, Number(tr.children[2].textContent)]));
    assert.deepEqual(rows, links.map((link) => [link.developer.name, link.user.name, link.uses]));

    const perYear = page.getByRole('table', { name: 'Per startjaar van het project' });
    assert.deepEqual((await perYear.locator('tbody th').allTextContents()).map(Number), years.map((year) => year.year));
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('narrows the flow to one learning network', async () => {
    await page.getByLabel('Toon').selectOption({ label: 'Lerend netwerk Gewogen Maatwerk' });
    await page.waitForURL(/\?netwerk=gewogen-maatwerk$/);
    await page.getByRole('heading', { level: 3, name: /^Gemeente \(7\)$/ }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});
