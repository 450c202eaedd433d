import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { graphql } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite, signIn } from './support/browser.ts';

describe('an admin imports a vocabulary: preview first, then apply', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));
  const stamp = Date.now().toString(36);
  const label = `loonwaarde ${stamp}`;
  const file = `@prefix skos: <http://www.w3.org/2004/02/skos/core#>.
<https://elders.example/schema> a skos:ConceptScheme.
<https://elders.example/begrip/${stamp}> a skos:Concept; skos:inScheme <https://elders.example/schema>;
  skos:prefLabel "${label}"@nl; skos:exactMatch <https://begrippen.example/loonwaarde>.`;
  // A term from another vocabulary gets a slug of its label.
  const termExists = async () => !!(await graphql<{ term: { label: string } }>('query($slug: String!) { term(slug: $slug) { label } }', { slug: `loonwaarde-${stamp}` })).data?.term;

  it('reads the chosen file and shows what the import would add and what it would not keep, and changes nothing yet', async () => {
    await signIn(page, 'beheer@werkkennis.example');
    await page.goto('/beheer');
    const section = page.getByRole('region', { name: 'Woordenschat importeren' });
    await section.getByLabel('Bestand kiezen (Turtle of JSON-LD)').setInputFiles({ name: 'woordenschat.ttl', mimeType: 'text/turtle', buffer: Buffer.from(file) });
    await page.waitForFunction((text) => (document.getElementById('vocabulary-import-content') as HTMLTextAreaElement | null)?.value === text, file);
    await section.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await section.getByRole('heading', { level: 3, name: 'Voorbeeld: wat de import zou doen' }).waitFor();
    await section.getByRole('list', { name: 'Toegevoegd (1)' }).getByText(label).waitFor();
    const notKept = section.getByRole('table').filter({ hasText: 'Eigenschap' });
    await notKept.getByRole('row', { name: /skos:inScheme .*eigen begrippenkader/ }).waitFor();
    assert.equal(await termExists(), false);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('applies exactly that file on "Toepassen"', async () => {
    const section = page.getByRole('region', { name: 'Woordenschat importeren' });
    await section.getByRole('button', { name: 'Toepassen' }).click();
    await section.getByRole('heading', { level: 3, name: 'Toegepast: wat de import deed' }).waitFor();
    await section.getByRole('list', { name: 'Toegevoegd (1)' }).getByText(label).waitFor();
    assert.equal(await termExists(), true);
  });
});
