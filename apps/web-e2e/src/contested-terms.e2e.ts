import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite, signIn } from './support/browser.ts';

/** The card of the definition that contains this text, among the definitions side by side. */
const definitionCard = (page: Page, text: string) =>
  page.getByRole('region', { name: /^Definities per perspectief/ }).getByRole('article').filter({ hasText: text });

/** How far the perspectives lie apart and whether they converge. */
const comparisonOf = (page: Page) => page.getByRole('region', { name: 'Hoe verschillen de perspectieven?' });

interface TermDefinitions {
  term: { definitions: { id: string; perspective: string; text: string }[] };
}

describe('a reader compares the perspectives on a contested term', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));
  const addition = `Dat merk je ook aan een begeleider die terugbelt (${Date.now().toString(36)}).`;
  let originalClientText = '';

  before(async () => {
    // A second version of the client's definition, so that its history has something to show.
    const token = await tokenFor('beheer@werkkennis.example');
    const term = await graphql<TermDefinitions>('query { term(slug: "vakmanschap") { definitions { id perspective text } } }');
    assert.ok(term.data, JSON.stringify(term.errors));
    const client = term.data.term.definitions.find((definition) => definition.perspective === 'CLIENT');
    assert.ok(client, 'vakmanschap has a definition from clients');
    originalClientText = client.text;
    const updated = await graphql('mutation ($id: ID!, $text: String!) { updateDefinition(id: $id, input: { text: $text }) { version } }', { id: client.id, text: `${client.text} ${addition}` }, token);
    assert.ok(updated.data, JSON.stringify(updated.errors));
  });

  it('does not move focus into the closed confirmation dialogs while the page renders', async () => {
    // Each focus() forces the browser to recompute styles; a closed dialog's button cannot take it anyway.
    await page.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      const calls: string[] = ((window as unknown as { focusInClosedDialog: string[] }).focusInClosedDialog = []);
      HTMLElement.prototype.focus = function (this: HTMLElement, ...options) {
        if (this.closest('dialog:not([open])')) calls.push(this.textContent ?? '');
        return focus.apply(this, options);
      };
    });
    await page.goto('/begrippen/vakmanschap');
    await definitionCard(page, 'Vakmanschap is methodisch').waitFor();
    await page.locator('dialog button').first().waitFor({ state: 'attached' });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { focusInClosedDialog: string[] }).focusInClosedDialog), []);
  });

  it('reads the term in plain words first, with its status and collection', async () => {
    await page.goto('/begrippen/vakmanschap');
    await page.getByRole('heading', { level: 1, name: 'vakmanschap' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'In gewone taal' }).waitFor();
    await page.getByText('Vakmanschap is hoe goed iemand zijn vak beheerst.').waitFor();
    await page.getByRole('definition').filter({ hasText: 'Voorkeursterm' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Professionele praktijk' }).waitFor();
  });

  it('sees how far the perspectives lie apart, in words, and whether they converge', async () => {
    const comparison = page.getByRole('region', { name: 'Hoe verschillen de perspectieven?' });
    await comparison.getByText(/^[01],\d\d — de perspectieven/).waitFor();
    assert.match((await comparison.textContent()) ?? '', /[01],\d\d — de perspectieven (delen (weinig|een deel van hun|veel|minder) woorden|gebruiken grotendeels dezelfde woorden)/);
    // The demo states two conflicts and one agreement about vakmanschap.
    await comparison.getByText('Omstreden', { exact: true }).waitFor();
    await comparison.getByText(/relaties stellen strijd vast/).waitFor();
  });

  it('sees which perspectives share which words, and what each says alone', async () => {
    const table = page.getByRole('table', { name: /Gedeelde woorden/ });
    const row = table.getByRole('row', { name: /^vakkundige/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    // Ministerie comes first; a mark and the words for screen readers, not colour alone.
    assert.equal(cells[0], '●ja', 'the ministry uses the word');
    assert.equal(cells.at(-1), '3', 'three perspectives share it');
    const card = definitionCard(page, 'doelmatig, rechtmatig en effectief');
    const distinctive = card.getByRole('list', { name: 'Woorden die alleen dit perspectief gebruikt' });
    await distinctive.getByText('doelmatig', { exact: true }).waitFor();
    await card.getByRole('button', { name: /^Toon alle \d+ woorden/ }).click();
    await distinctive.getByText('verantwoording', { exact: true }).waitFor();
  });

  it('opens the history of a definition: earlier text, who wrote it, the current version marked', async () => {
    const card = definitionCard(page, addition);
    await card.locator('summary', { hasText: 'Versiegeschiedenis (2 versies)' }).click();
    const current = card.locator('li[aria-current="true"]');
    await current.getByText('huidige versie').waitFor();
    await current.getByText('Versie 2', { exact: true }).waitFor();
    await current.getByText(/Geschreven door Ingrid Hoekstra op/).waitFor();
    const first = card.getByRole('listitem').filter({ has: page.getByText('Versie 1', { exact: true }) });
    await first.getByText(/Geschreven door Sandra Vermeulen op/).waitFor();
    await first.getByText(originalClientText, { exact: true }).waitFor();
    assert.equal(await first.getByText('huidige versie').count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('follows a contested term from a project summary to the term page', async () => {
    await page.goto('/projecten/perspectiefverschillen-reintegratiekennis');
    const link = page.locator('.lead').getByRole('link', { name: 'vakmanschap (omstreden begrip)' });
    assert.match((await link.getAttribute('title')) ?? '', /^Omstreden begrip: vakmanschap/);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'vakmanschap' }).waitFor();
    assert.match(page.url(), /\/begrippen\/vakmanschap$/);
  });

  it('follows a contested term from an intervention text written in Markdown', async () => {
    await page.goto('/interventies/methodische-intervisie');
    const effect = page.getByRole('region', { name: 'Welk effect zie je?' });
    await effect.getByRole('link', { name: 'lerende organisatie (omstreden begrip)' }).click();
    await page.getByRole('heading', { level: 1, name: 'lerende organisatie' }).waitFor();
  });

  it('lists the most contested terms first when asked, and keeps that order in the address', async () => {
    await page.goto('/begrippen');
    await page.getByText(/Verschil in woorden: \d,\d\d/).first().waitFor();
    await page.getByRole('radio', { name: 'Meest omstreden eerst' }).check();
    assert.match(page.url(), /\?volgorde=omstreden$/);
    // The API ranks the terms; until its answer is in, the list keeps the old order and says it is busy.
    await page.locator('ul[aria-busy="false"]').waitFor();
    await page.getByText('Bovenaan staan de begrippen waarvan de perspectieven het minst dezelfde woorden gebruiken.').waitFor();
    const figures = await page.getByRole('main').getByRole('listitem').allTextContents();
    const divergences = figures.map((text) => /Verschil in woorden: (\d,\d\d)/.exec(text)?.[1]).filter((value): value is string => !!value).map((value) => Number(value.replace(',', '.')));
    assert.ok(divergences.length >= 10, 'most terms can be compared');
    assert.deepEqual(divergences, [...divergences].sort((a, b) => b - a));
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await page.goBack();
    await page.getByRole('radio', { name: 'Op alfabet', checked: true }).waitFor();
  });
});

describe('a researcher states how two definitions relate', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('starts from a term nobody has judged yet', async () => {
    await signIn(page, 'onderzoeker@tilburguniversity.example');
    await page.goto('/begrippen/lerende-organisatie');
    await page.getByRole('heading', { level: 1, name: 'lerende organisatie' }).waitFor();
    await comparisonOf(page).getByText('Nog geen relaties vastgesteld', { exact: true }).waitFor();
  });

  it('is told next to each field what is missing', async () => {
    const card = page.getByRole('article', { name: 'UWV: UWV' });
    await card.getByRole('button', { name: /^Relatie vaststellen/ }).click();
    const form = card.getByRole('form', { name: 'Relatie vaststellen voor de definitie van UWV' });
    await form.getByRole('button', { name: 'Relatie opslaan' }).click();
    await form.getByRole('alert').waitFor();
    // Next to the field (its error has the field's id plus -error), not only in the summary.
    await form.locator('[id$="-error"]', { hasText: 'Kies hoe deze definitie zich verhoudt tot de andere.' }).waitFor();
    await form.locator('[id$="-error"]', { hasText: 'Kies de definitie waarmee u deze vergelijkt.' }).waitFor();
    await form.locator('[id$="-error"]', { hasText: 'Geef een reden' }).waitFor();
    assert.equal(await form.getByLabel(/^Reden/).getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('states that two definitions mean the same, and sees the perspectives converge', async () => {
    const card = page.getByRole('article', { name: 'UWV: UWV' });
    const form = card.getByRole('form', { name: 'Relatie vaststellen voor de definitie van UWV' });
    await form.getByLabel(/^Deze definitie/).selectOption({ label: 'betekent hetzelfde als' });
    const other = form.getByLabel(/^… de definitie van/);
    const amsterdam = await other.locator('option', { hasText: 'Gemeente Amsterdam' }).getAttribute('value');
    assert.ok(amsterdam);
    await other.selectOption(amsterdam);
    await form.getByLabel(/^Reden/).fill('Beide zien leren als een vaste cyclus van terugkijken en bijsturen.');
    await form.getByRole('button', { name: 'Relatie opslaan' }).click();
    await card.getByText('De relatie is vastgesteld.', { exact: false }).waitFor();
    assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /^De relatie is vastgesteld/, 'focus moves to the confirmation');
    await card.getByRole('listitem').filter({ hasText: 'Deze definitie betekent hetzelfde als Gemeente Amsterdam' }).getByText('Beide zien leren als een vaste cyclus').waitFor();
    await card.getByRole('listitem').filter({ hasText: 'Vastgesteld door Hanneke Smulders' }).waitFor();
    const otherCard = page.getByRole('article', { name: 'Gemeente: Gemeente Amsterdam' });
    await otherCard.getByRole('listitem').filter({ hasText: 'UWV betekent hetzelfde als deze definitie' }).waitFor();
    const convergence = comparisonOf(page);
    await convergence.getByText('Groeien naar elkaar toe', { exact: true }).waitFor();
    await convergence.getByText('1 relatie stelt overeenstemming vast', { exact: false }).waitFor();
    await convergence.getByText('0 relaties stellen strijd vast').waitFor();
  });

  it('states a conflict too, and the term becomes contested', async () => {
    const card = page.getByRole('article', { name: 'Onderwijs: Hogeschool Utrecht' });
    await card.getByRole('button', { name: /^Relatie vaststellen/ }).click();
    const form = card.getByRole('form', { name: 'Relatie vaststellen voor de definitie van Onderwijs' });
    await form.getByLabel(/^Deze definitie/).selectOption({ label: 'is in strijd met' });
    const other = form.getByLabel(/^… de definitie van/);
    await other.selectOption((await other.locator('option', { hasText: 'UWV' }).getAttribute('value')) ?? '');
    await form.getByLabel(/^Reden/).fill('Leren op de werkvloer tegenover landelijk verspreide werkinstructies.');
    await form.getByRole('button', { name: 'Relatie opslaan' }).click();
    await card.getByRole('listitem').filter({ hasText: 'Deze definitie is in strijd met UWV' }).waitFor();
    const convergence = comparisonOf(page);
    await convergence.getByText('Omstreden', { exact: true }).waitFor();
    await convergence.getByText('1 relatie stelt strijd vast').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('withdraws the conflict again, and the perspectives converge once more', async () => {
    const card = page.getByRole('article', { name: 'Onderwijs: Hogeschool Utrecht' });
    const relation = card.getByRole('listitem').filter({ hasText: 'Deze definitie is in strijd met UWV' });
    await relation.getByRole('button', { name: /^Relatie intrekken/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Relatie intrekken?' });
    await dialog.getByRole('button', { name: 'Ja, relatie intrekken' }).click();
    await card.getByText('Ingetrokken: Deze definitie is in strijd met UWV.', { exact: false }).waitFor();
    await relation.waitFor({ state: 'detached' });
    const convergence = comparisonOf(page);
    await convergence.getByText('Groeien naar elkaar toe', { exact: true }).waitFor();
    await convergence.getByText('0 relaties stellen strijd vast').waitFor();
  });
});

describe('a practitioner reads relations but cannot withdraw them', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('sees no withdraw button on relations stated by someone else', async () => {
    await signIn(page, 'professional@werkkennis.example');
    await page.goto('/begrippen/vakmanschap');
    await page.getByText(/^Vastgesteld door /).first().waitFor();
    assert.equal(await page.getByRole('button', { name: /^Relatie intrekken/ }).count(), 0);
  });
});
