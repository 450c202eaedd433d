import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

/** Polls the public search until the finding is (or is no longer) a hit: the index follows through an outbox. */
async function waitForSearch(query: string, id: string, present: boolean): Promise<void> {
  const search = 'query ($input: SearchInput!) { search(input: $input) { hits { id } } }';
  for (let attempt = 0; attempt < 40; attempt++) {
    const result = await graphql<{ search: { hits: { id: string }[] } }>(search, { input: { query, types: ['FINDING'] } });
    if (result.data?.search.hits.some((hit) => hit.id === id) === present) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`search for "${query}" ${present ? 'never found' : 'kept finding'} ${id}`);
}

describe('an editor corrects one published result and withdraws another', () => {
  let browser: Browser;
  let page: Page;
  let project: { id: string; slug: string };
  const marker = Date.now().toString(36);
  const corrected = { id: '', title: `Uitstroom na jobcoaching ${marker}` };
  const withdrawn = { id: '', title: `Werkhervatting na loopbaankompas ${marker}` };

  before(async () => {
    // The project and its results are set up through the API: this test is about correcting them.
    const tilburg = await tokenFor('redacteur@tilburg.example');
    const created = await graphql<{ createProject: { id: string; slug: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug } }',
      { input: { title: `Jobcoaching in de wijk ${marker}`, summary: 'Een project om resultaten te corrigeren.' } },
      tilburg,
    );
    assert.ok(created.data, JSON.stringify(created.errors));
    project = created.data.createProject;
    assert.equal((await graphql('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.id }, tilburg)).errors, undefined);
    for (const [finding, summary] of [
      [corrected, `Deelnemers vonden vaker werk (kompasnaald${marker}).`],
      [withdrawn, `Deelnemers hervatten sneller werk (windroos${marker}).`],
    ] as const) {
      const added = await graphql<{ addFinding: { id: string } }>(
        'mutation ($input: AddFindingInput!) { addFinding(input: $input) { id } }',
        { input: { projectId: project.id, title: finding.title, summary, effectDirection: 'POSITIVE', effectSize: 'OR 1,4' } },
        tilburg,
      );
      assert.ok(added.data, JSON.stringify(added.errors));
      finding.id = added.data.addFinding.id;
    }

    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, 'redacteur@tilburg.example');
  });
  after(() => browser?.close());

  it('corrects a result with a reason, and the project page says when and why', async () => {
    await page.goto(`/redactie/projecten/${project.slug}`);
    await page.getByRole('button', { name: `${corrected.title} corrigeren` }).click();
    const form = page.getByRole('form', { name: `“${corrected.title}” corrigeren` });
    assert.equal(await form.getByLabel('Grootte van het effect').inputValue(), 'OR 1,4');

    await form.getByLabel('Grootte van het effect').fill('OR 1,2');
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    assert.equal(await form.locator('[id$="finding-reason-error"]').textContent(), 'Geef de reden van de correctie: lezers zien haar bij het resultaat.');

    await form.getByLabel(/^Samenvatting/).fill(`Deelnemers vonden vaker werk (zeilnaald${marker}).`);
    await form.getByLabel(/^Reden van de correctie/).fill('Rekenfout in de effectgrootte hersteld.');
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De correctie is opgeslagen. De projectpagina toont de datum en de reden.').waitFor();
    await form.waitFor({ state: 'detached' });

    await page.goto(`/projecten/${project.slug}`);
    const item = page.locator(`#bevinding-${corrected.id}`);
    await item.getByText(/^Gecorrigeerd op \d+ \w+ \d{4} — Rekenfout in de effectgrootte hersteld\.$/).waitFor();
    assert.match((await item.locator('dl').first().textContent()) ?? '', /OR 1,2/);
    await item.getByText('Eerdere versie', { exact: true }).click();
    await item.getByRole('heading', { name: /^Versie 1, / }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('withdraws a result after asking why; the page keeps it, marked, and search lets it go', async () => {
    await waitForSearch(`windroos${marker}`, withdrawn.id, true);
    await page.goto(`/redactie/projecten/${project.slug}`);
    await page.getByRole('button', { name: `${withdrawn.title} intrekken` }).click();
    const dialog = page.getByRole('dialog', { name: `“${withdrawn.title}” intrekken?` });
    await dialog.waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await dialog.getByRole('button', { name: 'Resultaat intrekken' }).click();
    await dialog.getByText('Geef de reden van het intrekken: lezers zien haar bij het resultaat.').waitFor();
    await dialog.getByLabel(/^Reden van het intrekken/).fill('De vergelijkingsgroep bleek niet vergelijkbaar.');
    await dialog.getByRole('button', { name: 'Resultaat intrekken' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Het resultaat is ingetrokken.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: `${withdrawn.title} intrekken` }).count(), 0);

    await page.goto(`/projecten/${project.slug}#bevinding-${withdrawn.id}`);
    const item = page.locator(`#bevinding-${withdrawn.id}`);
    await item.getByText(/^Ingetrokken op \d+ \w+ \d{4} — De vergelijkingsgroep bleek niet vergelijkbaar\.$/).waitFor();
    assert.equal(await item.getByText('OR 1,4').isVisible(), false);
    await item.getByText('Toon het ingetrokken resultaat').click();
    await item.getByText('OR 1,4').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    await waitForSearch(`windroos${marker}`, withdrawn.id, false);
    await waitForSearch(`zeilnaald${marker}`, corrected.id, true);
  });
});
