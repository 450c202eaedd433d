import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

const EXPERIENCES = 'query ($slug: String!) { intervention(slug: $slug) { practiceExperiences { id } } }';

describe('practice experience beside the evidence: shared, answered by the developer, hidden by an admin', () => {
  let browser: Browser;
  let intervention: { id: string; slug: string };
  const marker = Date.now().toString(36);
  const practitionerOrganization = `Gemeente Breda ${marker}`;
  const card = (page: Page) => page.getByRole('article', { name: `${practitionerOrganization} · Jongeren in de bijstand` });

  before(async () => {
    const tilburg = await tokenFor('redacteur@tilburg.example');
    const created = await graphql<{ createIntervention: { id: string; slug: string } }>(
      'mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id slug } }',
      { input: { name: `Werkfit in de wijk ${marker}`, summary: 'Kort.', whatYouDo: 'Wat.', howYouDoIt: 'Hoe.', effect: 'Effect.' } },
      tilburg,
    );
    assert.ok(created.data, JSON.stringify(created.errors));
    intervention = created.data.createIntervention;
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  it('a practitioner shares an experience, labelled as experience and not evidence', async () => {
    const page = await newPage(browser);
    await signIn(page, 'professional@werkkennis.example');
    await page.goto(`/interventies/${intervention.slug}`);
    const section = page.getByRole('region', { name: 'Praktijkervaring' });
    await section.getByText(/kennis uit de praktijk, geen bewijs/).waitFor();
    await section.getByText('Nog niemand heeft een praktijkervaring gedeeld.').waitFor();
    await section.getByRole('button', { name: 'Uw ervaring delen' }).click();

    const form = page.getByRole('form', { name: 'Praktijkervaring delen' });
    await form.getByLabel(/^Uw organisatie/).fill(practitionerOrganization);
    await form.getByRole('button', { name: 'Ervaring delen' }).click();
    await form.getByText('Wat werkte: Dit veld is verplicht.').first().waitFor();

    await form.getByLabel(/^Doelgroep/).fill('Jongeren in de bijstand');
    await form.getByLabel('Wat werkte (verplicht)', { exact: true }).fill(`Vaste jobcoach per jongere (rozenbottel${marker}).`);
    await form.getByLabel(/^Wat werkte niet/).fill('Groepsbijeenkomsten op maandagochtend.');
    await form.getByLabel(/^Zou u haar opnieuw gebruiken/).selectOption('HANGT_ERAF');
    await form.getByRole('button', { name: 'Ervaring delen' }).click();

    await card(page).waitFor();
    await card(page).getByText('Hangt ervan af').waitFor();
    // Beside the evidence level in the short facts, as experience and not evidence.
    await page.getByRole('complementary', { name: 'In het kort' }).getByRole('link', { name: '1 ervaring (geen bewijs)' }).waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await page.context().close();
  });

  it('the developing organisation responds once, in the page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'redacteur@tilburg.example');
    await page.goto(`/interventies/${intervention.slug}`);
    await card(page).getByRole('button', { name: 'Reageren als ontwikkelaar' }).click();
    const form = page.getByRole('form', { name: `Reageren op de ervaring van ${practitionerOrganization}` });
    await form.getByLabel(/^Uw reactie/).fill('Dank! We passen de handleiding aan.');
    await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await card(page).getByRole('heading', { name: 'Reactie van Gemeente Tilburg' }).waitFor();
    await card(page).getByRole('paragraph').filter({ hasText: 'Dank! We passen de handleiding aan.' }).waitFor();
    assert.equal(await card(page).getByRole('button', { name: 'Reageren als ontwikkelaar' }).count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await page.context().close();
  });

  it('an admin hides it with a reason; visitors no longer see it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'beheer@werkkennis.example');
    await page.goto(`/interventies/${intervention.slug}`);
    await card(page).getByRole('button', { name: 'Verbergen' }).click();
    const form = page.getByRole('form', { name: `De ervaring van ${practitionerOrganization} verbergen` });
    await form.getByLabel(/^Reden/).fill('Bevat de naam van een cliënt.');
    await form.getByRole('button', { name: 'Verbergen' }).click();
    await card(page).getByText('Verborgen voor bezoekers. Reden: Bevat de naam van een cliënt.').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    const visitor = await graphql<{ intervention: { practiceExperiences: unknown[] } }>(EXPERIENCES, { slug: intervention.slug });
    assert.deepEqual(visitor.data?.intervention.practiceExperiences, []);
    await page.context().close();
  });
});
