import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

describe('a practitioner follows an organisation, an intervention and a search, and sees what is new on Gevolgd', () => {
  let browser: Browser;
  let page: Page;
  let tilburg: string;
  const marker = Date.now().toString(36);
  const interventionName = `Loopbaanlab ${marker}`;
  let interventionSlug = '';

  before(async () => {
    tilburg = await tokenFor('redacteur@tilburg.example');
    const created = await graphql<{ createIntervention: { slug: string } }>(
      'mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { slug } }',
      { input: { name: interventionName, summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
      tilburg,
    );
    assert.ok(created.data, JSON.stringify(created.errors));
    interventionSlug = created.data.createIntervention.slug;
    browser = await launchBrowser();
    page = await newPage(browser);
    await signIn(page, 'professional@werkkennis.example');
  });
  after(() => browser?.close());

  it('follows from the pages of an organisation and an intervention, and saves a search', async () => {
    await page.goto('/organisaties/gemeente-tilburg');
    await page.getByRole('heading', { level: 1, name: 'Gemeente Tilburg' }).waitFor();
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'U volgt nu Gemeente Tilburg.' }).waitFor();
    await page.getByRole('button', { name: 'Gevolgd – niet meer volgen', pressed: true }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    await page.goto(`/interventies/${interventionSlug}`);
    await page.getByRole('heading', { level: 1, name: interventionName }).waitFor();
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByRole('button', { name: 'Gevolgd – niet meer volgen' }).waitFor();

    await page.goto('/');
    await page.getByLabel('Zoekterm').pressSequentially('jobcoaching', { delay: 20 });
    // The search (and what the button saves) follows the typing a moment later, in the address.
    await page.waitForURL(/[?&]q=jobcoaching(&|$)/);
    await page.getByRole('button', { name: 'Deze zoekopdracht volgen' }).click();
    await page.getByRole('status').filter({ hasText: 'Zoekopdracht opgeslagen.' }).waitFor();
  });

  it('lists what is new, what is followed with its feeds, and the weekly e-mail choice', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gevolgd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gevolgd' }).waitFor();
    const news = page.getByRole('region', { name: 'Nieuw bij wat u volgt', exact: true });
    await news.getByRole('link', { name: interventionName, exact: true }).waitFor();
    const followed = page.getByRole('region', { name: 'Wat u volgt', exact: true });
    await followed.getByRole('link', { name: 'Gemeente Tilburg', exact: true }).waitFor();
    await followed.getByRole('link', { name: 'Atom-feed van Gemeente Tilburg' }).waitFor();
    await followed.getByRole('link', { name: 'Geheime Atom-feed van jobcoaching (deel de link niet)' }).waitFor();
    const digest = page.getByLabel('Stuur mij elke week een e-mail met wat nieuw is bij wat ik volg');
    assert.equal(await digest.isChecked(), false);
    await digest.check();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    await followed.getByRole('button', { name: `${interventionName} niet meer volgen` }).click();
    await followed.getByRole('link', { name: interventionName, exact: true }).waitFor({ state: 'detached' });
  });

  it('shows only what became public since the previous visit', async () => {
    const project = await graphql<{ createProject: { id: string; slug: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug } }',
      { input: { title: `Werkplaats Noord ${marker}`, summary: 'Nieuw na het vorige bezoek.' } },
      tilburg,
    );
    assert.ok(project.data, JSON.stringify(project.errors));
    assert.equal((await graphql('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.data.createProject.id }, tilburg)).errors, undefined);

    await page.reload();
    const news = page.getByRole('region', { name: /^Nieuw sinds uw vorige bezoek op / });
    await news.getByRole('link', { name: `Werkplaats Noord ${marker}` }).waitFor();
    assert.equal(await news.getByRole('link', { name: interventionName }).count(), 0);
    await news.getByText('via Gemeente Tilburg').first().waitFor();
    assert.equal(await page.getByLabel('Stuur mij elke week een e-mail met wat nieuw is bij wat ik volg').isChecked(), true);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});
