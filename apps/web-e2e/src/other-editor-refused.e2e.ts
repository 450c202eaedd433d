import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { launchBrowser, newPage, signIn } from './support/browser.ts';

describe("an editor of another municipality cannot touch Tilburg's project", () => {
  let browser: Browser;
  let page: Page;
  let project: { id: string; slug: string };
  const title = `Werkfit Tilburg ${Date.now().toString(36)}`;

  before(async () => {
    // Tilburg's project is set up through the API: this test is about Amsterdam, not about writing.
    const tilburg = await tokenFor('redacteur@tilburg.example');
    const created = await graphql<{ createProject: { id: string; slug: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug } }',
      { input: { title, summary: 'Een project van Gemeente Tilburg.' } },
      tilburg,
    );
    assert.ok(created.data, JSON.stringify(created.errors));
    project = created.data.createProject;
    const published = await graphql('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: project.id }, tilburg);
    assert.equal(published.errors, undefined);

    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('offers no way to edit in the interface', async () => {
    await signIn(page, 'redacteur@amsterdam.example');
    await page.goto(`/projecten/${project.slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Project bewerken' }).count(), 0);

    await page.goto('/redactie');
    await page.getByRole('heading', { name: 'Projecten van Gemeente Amsterdam' }).waitFor();
    await page.getByRole('table').waitFor();
    assert.equal(await page.getByText(title).count(), 0);

    await page.goto(`/redactie/projecten/${project.slug}`);
    await page.getByText('U kunt dit project niet bewerken: het hoort bij Gemeente Tilburg.', { exact: false }).waitFor();
    assert.equal(await page.getByLabel(/^Titel/).count(), 0);
  });

  it('is refused by the API for every change', async () => {
    const amsterdam = await tokenFor('redacteur@amsterdam.example');
    const attempts = [
      graphql('mutation ($id: ID!) { updateProject(id: $id, input: { title: "Overgenomen" }) { id } }', { id: project.id }, amsterdam),
      graphql('mutation ($id: ID!) { archiveProject(id: $id) { id } }', { id: project.id }, amsterdam),
      graphql('mutation ($input: AddFindingInput!) { addFinding(input: $input) { id } }', { input: { projectId: project.id, title: 'x', summary: 'y' } }, amsterdam),
    ];
    for (const result of await Promise.all(attempts)) {
      assert.equal(result.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(result));
    }
  });
});
