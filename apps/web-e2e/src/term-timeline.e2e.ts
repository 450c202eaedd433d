import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { graphql } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { openPageForSuite } from './support/browser.ts';

interface History {
  termHistory: { points: { at: string; agreements: number; conflicts: number; sessions: { slug: string }[] }[] };
}

describe('a reader sees whether the meanings of a term converge', () => {
  let page: Page;
  openPageForSuite((opened) => (page = opened));

  it('opens the timeline from the term page: a chart with its own description, sessions as numbered markers', async () => {
    await page.goto('/begrippen/evidence-based-werken');
    await page.getByRole('link', { name: 'Verloop van dit begrip door de tijd' }).click();
    await page.getByRole('heading', { level: 1, name: 'evidence-based werken' }).waitFor();
    const chart = page.getByRole('img', { name: /Divergentie, overeenkomsten en strijdigheden van evidence-based werken door de tijd/ });
    await chart.waitFor();
    // Readable without colour: the description names the line styles and marker shapes.
    assert.match((await chart.getAttribute('aria-describedby')) ?? '', /.+/);
    await page.getByText(/Doorgetrokken lijn met rondjes: divergentie/).waitFor({ state: 'attached' });
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('shows the same data as a table, one row per moment, with the sessions linked', async () => {
    const answer = await graphql<History>('{ termHistory(slug: "evidence-based-werken") { points { at agreements conflicts sessions { slug } } } }');
    const points = answer.data!.termHistory.points;
    const table = page.getByRole('table', { name: /Het verloop als tabel/ });
    await table.locator('tbody tr').nth(points.length - 1).waitFor();
    assert.equal(await table.locator('tbody tr').count(), points.length);
    const agreements = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    assert.deepEqual(agreements.map(Number), points.map((point) => point.agreements));
    const sessions = points.flatMap((point) => point.sessions);
    assert.equal(sessions.length, 3);
    await table.getByRole('link', { name: /^Bijeenkomst 1: Vakmanschap in andere domeinen$/ }).waitFor();
    await table.getByRole('link', { name: /^Bijeenkomst 3:/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat betekent dit voor ons onderzoek?' }).waitFor();
  });
});
