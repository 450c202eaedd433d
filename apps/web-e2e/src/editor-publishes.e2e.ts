import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite, signIn } from './support/browser.ts';

describe('an editor writes, publishes and then finds a project', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));
  const marker = `Proef${Date.now().toString(36)}`;
  const title = `${marker}: jobcoaching voor jongvolwassenen`;

  it("signs in and sees the organisation's projects with their state", async () => {
    await signIn(page, 'redacteur@tilburg.example');
    await page.waitForURL(/\/redactie$/);
    await page.getByRole('heading', { name: 'Projecten van Gemeente Tilburg' }).waitFor();
    await page.getByRole('table').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('shows validation messages next to the fields', async () => {
    await page.getByRole('link', { name: 'Nieuw project' }).click();
    await page.getByRole('heading', { name: 'Nieuw project' }).waitFor();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('alert').getByText('Controleer het formulier').waitFor();
    assert.equal(await page.locator('#project-title-error').textContent(), 'Dit veld is verplicht.');
    assert.equal(await page.getByLabel(/^Titel/).getAttribute('aria-invalid'), 'true');
  });

  it('keeps unsaved changes when the editor navigates away by accident', async () => {
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Blijven en verder bewerken' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(page.url(), /\/redactie\/projecten\/nieuw$/);
    assert.equal(await page.getByLabel(/^Titel/).inputValue(), title);
  });

  it('fills every kind of field, publishes, and adds a result', async () => {
    await page.getByLabel(/^Samenvatting/).fill('Jongvolwassenen in de bijstand krijgen een vaste jobcoach die ook na plaatsing blijft.');
    await page.getByLabel('Aanleiding').fill('Veel jongeren vallen binnen een halfjaar na plaatsing weer uit.');
    await page.getByLabel('Doel').fill('Minder uitval in het eerste jaar na plaatsing.');
    await page.getByLabel(/^Projectstatus/).selectOption('RUNNING');
    await page.getByLabel('Startdatum').fill('2025-02-01');
    await page.getByLabel('Looptijd in maanden').fill('24');
    await page.getByLabel('Projectleiders').fill('S. Bakker\nR. Yilmaz');
    await page.getByLabel('Financiers').fill('ZonMw');
    // Themes from the managed list, with the keyboard: type to narrow, arrow down, Enter.
    const themes = page.getByRole('combobox', { name: "Thema's" });
    await themes.fill('jonger');
    await page.getByRole('listbox', { name: 'Thema’s die passen' }).getByRole('option', { name: 'Jongeren' }).waitFor();
    await themes.press('ArrowDown');
    assert.equal(await themes.getAttribute('aria-activedescendant'), await page.getByRole('option', { name: 'Jongeren' }).getAttribute('id'));
    await themes.press('Enter');
    const chosen = page.getByRole('list', { name: 'Gekozen thema’s' });
    await chosen.getByText('Jongeren', { exact: true }).waitFor();
    // A full name and Enter chooses it too; a name that is not on the list is not taken.
    await themes.fill('vakmanschap');
    await themes.press('Enter');
    await chosen.getByText('Vakmanschap', { exact: true }).waitFor();
    await themes.fill('duurzame plaatsing');
    await page.getByText('Geen thema gevonden voor "duurzame plaatsing".', { exact: false }).waitFor();
    await themes.press('Escape');
    assert.equal(await themes.inputValue(), '');
    assert.equal(await themes.getAttribute('aria-expanded'), 'false', 'Escape leaves no list over the form');
    assert.equal(await chosen.getByRole('listitem').count(), 2);
    await page.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Jongvolwassenen').check();
    await page.getByRole('group', { name: 'Interventies' }).getByRole('checkbox').first().check();
    // Every choice in view: no box that scrolls inside the page and cuts its last visible row.
    for (const name of ['Partnerorganisaties', 'Interventies']) {
      const scrollsInside = await page
        .getByRole('group', { name, exact: true })
        .evaluate((group) => [group, ...group.querySelectorAll('*')].some((element) => element.scrollHeight > element.clientHeight + 1 && getComputedStyle(element).overflowY !== 'visible'));
      assert.equal(scrollsInside, false, `${name} shows all its choices`);
    }
    assert.deepEqual(await seriousAccessibilityProblems(page), []);

    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await page.waitForURL(/\/redactie\/projecten\/(?!nieuw)[^/]+$/);
    await page.getByText('Gepubliceerd. Het project is nu voor iedereen vindbaar.').waitFor();
    await page.getByRole('main').getByText('Gepubliceerd', { exact: true }).waitFor();

    await page.getByLabel(/^Titel van het resultaat/).fill('Uitval halveert bij vaste jobcoach');
    await page.getByLabel(/^Samenvatting/).last().fill('Na een jaar viel 18% uit, tegen 35% in de vergelijkingsgroep.');
    await page.getByLabel('Soort resultaat').selectOption('EFFECT');
    await page.getByRole('button', { name: 'Resultaat toevoegen' }).click();
    await page.getByText('Het resultaat is toegevoegd.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Uitval halveert bij vaste jobcoach' }).waitFor();
  });

  it('finds the published project through search within moments', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
    await page.getByLabel('Zoekterm').fill(marker);
    // The index follows the database through an outbox; give it a few seconds at most.
    const hit = page.getByRole('heading', { level: 3 }).getByRole('link', { name: title });
    for (let attempt = 0; attempt < 20 && !(await hit.count()); attempt++) {
      await page.waitForTimeout(250);
      await page.getByLabel('Zoekterm').fill(attempt % 2 ? marker : `${marker} `);
    }
    await hit.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: 'Uitval halveert bij vaste jobcoach' }).waitFor();
  });
});
