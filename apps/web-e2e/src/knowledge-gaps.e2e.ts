import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { BASE_URL, launchBrowser, newPage, signIn } from './support/browser.ts';

/** A search from one visit; visits are told apart by their browser, as behind one office address. */
async function searchAs(visit: string, query: string): Promise<void> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': `e2e-browser-${visit}` },
    body: JSON.stringify({ query: 'query ($query: String!) { search(input: { query: $query }) { total } }', variables: { query } }),
  });
  const body = (await response.json()) as { data?: { search: { total: number } } };
  assert.ok(body.data!.search.total <= 2, `"${query}" finds little`);
}

/** Searches are counted after they are answered: waits until the API lists the gap. */
async function untilListed(query: string): Promise<void> {
  const token = await tokenFor('onderzoeker@tilburguniversity.example');
  for (let waited = 0; waited < 10_000; waited += 200) {
    const answer = await graphql<{ knowledgeGaps: { query: string }[] }>('{ knowledgeGaps(first: 100) { query } }', {}, token);
    if (answer.data?.knowledgeGaps.some((gap) => gap.query === query)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`"${query}" did not become a knowledge gap`);
}

describe('researchers see what the field searches for and does not find, and act on it', () => {
  let browser: Browser;
  let researcher: Page;
  // Letters only: a query with a long number in it is never counted (it could name a person).
  const stamp = Date.now().toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);
  const query = `mantelzorgverlof ${stamp}`;

  before(async () => {
    browser = await launchBrowser();
    researcher = await newPage(browser);
    for (const visit of ['a', 'b', 'c']) await searchAs(`${stamp}-${visit}`, query);
    await untilListed(query);
  });
  after(() => browser?.close());

  it('shows a researcher the gaps through the menu: query, visits, results and when', async () => {
    await signIn(researcher, 'onderzoeker@tilburguniversity.example');
    await researcher.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennislacunes' }).click();
    await researcher.getByRole('heading', { level: 1, name: 'Kennislacunes' }).waitFor();
    const row = researcher.getByRole('row').filter({ hasText: query });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    assert.equal(cells[0], '3', 'three visits');
    assert.ok(Number(cells[1]) <= 2, 'few results');
    assert.match(cells[2], /^\d{1,2} \p{L}+ \d{4}$/u, 'the day it was last asked');
    // Researchers propose terms; projects are for editors.
    assert.equal(await row.getByRole('link', { name: /^Start een project/ }).count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(researcher), []);
  });

  it('lets the researcher propose the query as a term, and opens it', async () => {
    await researcher.getByRole('row').filter({ hasText: query }).getByRole('button', { name: `Stel een begrip voor (‘${query}’)` }).click();
    await researcher.waitForURL(/\/begrippen\/[^/]+$/);
    await researcher.getByRole('heading', { level: 1, name: query }).waitFor();
  });

  it('lets an admin start a project with the query as its title', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'beheer@werkkennis.example');
    await admin.goto('/kennislacunes');
    await admin.getByRole('row').filter({ hasText: query }).getByRole('link', { name: `Start een project (‘${query}’)` }).click();
    await admin.waitForURL(/\/redactie\/projecten\/nieuw\?titel=/);
    await admin.getByRole('heading', { name: 'Nieuw project' }).waitFor();
    assert.equal(await admin.getByLabel(/^Titel/).inputValue(), query);
  });

  it('refuses a practitioner, and does not offer the page in the menu', async () => {
    const practitioner = await newPage(browser);
    await signIn(practitioner, 'professional@werkkennis.example');
    assert.equal(await practitioner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennislacunes' }).count(), 0);
    await practitioner.goto('/kennislacunes');
    await practitioner.getByRole('alert').getByText('U mag dit niet doen met uw account.').waitFor();
    assert.equal(await practitioner.getByRole('table').count(), 0);
  });
});
