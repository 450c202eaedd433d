import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { launchBrowser, newPage } from './support/browser.ts';

/** Each tries another way into the page: a script, an event handler, a javascript: link. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '[klik](javascript:window.__xss=1)',
  '<a href="javascript:window.__xss=1">a</a>',
  '"><svg onload=window.__xss=1>',
];
const ATTACK = PAYLOADS.join(' ');

/** What must not exist anywhere in the page after rendering the payloads. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__xss')).length,
    svgWithHandler: document.querySelectorAll('svg[onload]').length,
    images: document.querySelectorAll('main img').length,
    handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((a) => a.name.startsWith('on'))).length,
    javascriptLinks: [...document.querySelectorAll('a[href], [src], form[action]')].filter((element) =>
      /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? ''),
    ).length,
  }));
}

const CLEAN = { xss: undefined, scripts: 0, svgWithHandler: 0, images: 0, handlers: 0, javascriptLinks: 0 };

describe('text that people write cannot run script in the pages that show it', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const marker = `Xss${Date.now().toString(36)}`;
  let projectSlug = '';

  before(async () => {
    // Every field a person writes and the web app shows: a project and its result by an editor,
    // a definition and an annotation on it by a researcher.
    const editor = await tokenFor('redacteur@tilburg.example');
    // Themes come from the managed list: an admin adds the hostile one first (it may exist from an earlier run).
    const theme = await graphql('mutation ($name: String!) { createTheme(name: $name) { id } }', { name: `thema ${ATTACK}` }, await tokenFor('beheer@werkkennis.example'));
    assert.ok(!theme.errors || /bestaat al/.test(theme.errors[0]!.message), JSON.stringify(theme.errors));
    const created = await graphql<{ createProject: { id: string; slug: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id slug } }',
      {
        input: {
          title: `${marker} ${ATTACK}`,
          summary: `Samenvatting ${ATTACK}`,
          reason: `Aanleiding ${ATTACK}\n\n[veilige bron](https://example.org/bron)`,
          background: `# Kop ${ATTACK}\n\nAchtergrond ${ATTACK}`,
          goal: `Doel ${ATTACK}\n\n![plaatje](https://example.org/pixel.gif)`,
          expectedResults: `Verwacht ${ATTACK}\n\n<javascript:window.__xss=1>`,
          leads: [`Leider ${ATTACK}`],
          funders: [`Financier ${ATTACK}`],
          themes: [`thema ${ATTACK}`],
        },
      },
      editor,
    );
    assert.ok(created.data, JSON.stringify(created.errors));
    projectSlug = created.data.createProject.slug;
    const finding = await graphql(
      'mutation ($input: AddFindingInput!) { addFinding(input: $input) { id } }',
      {
        input: {
          projectId: created.data.createProject.id,
          title: `Resultaat ${ATTACK}`,
          summary: `Bevinding ${ATTACK}`,
          kind: 'EFFECT',
          population: `Populatie ${ATTACK}`,
          effectSize: `Effect ${ATTACK}`,
        },
      },
      editor,
    );
    assert.equal(finding.errors, undefined, JSON.stringify(finding.errors));
    const published = await graphql('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: created.data.createProject.id }, editor);
    assert.equal(published.errors, undefined, JSON.stringify(published.errors));

    const researcher = await tokenFor('onderzoeker@tilburguniversity.example');
    const term = await graphql<{ term: { id: string } }>('query { term(slug: "participatie") { id } }');
    assert.ok(term.data, JSON.stringify(term.errors));
    const definition = await graphql<{ addDefinition: { id: string } }>(
      'mutation ($input: AddDefinitionInput!) { addDefinition(input: $input) { id } }',
      { input: { termId: term.data.term.id, perspective: 'RESEARCH', text: `${marker} definitie ${ATTACK}`, source: `Bron ${ATTACK}` } },
      researcher,
    );
    assert.ok(definition.data, JSON.stringify(definition.errors));
    const annotation = await graphql(
      'mutation ($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id } }',
      { input: { definitionId: definition.data.addDefinition.id, motivation: 'QUESTIONING', body: `${marker} annotatie ${ATTACK}` } },
      researcher,
    );
    assert.equal(annotation.errors, undefined, JSON.stringify(annotation.errors));

    browser = await launchBrowser();
    page = await newPage(browser);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(() => browser?.close());

  /** Clicks each rendered piece of a payload that looks like a link, then checks nothing ran. */
  async function clickPayloadLinks() {
    for (const text of ['klik', 'a']) {
      const targets = page.locator('main').getByText(text, { exact: true });
      for (let index = 0; index < (await targets.count()); index++) await targets.nth(index).click();
    }
    const links = page.locator('main a[href^="javascript" i]');
    assert.equal(await links.count(), 0);
  }

  it('shows the project page with every payload as text', async () => {
    await page.goto(`/projecten/${projectSlug}`);
    await page.getByRole('heading', { level: 1, name: marker }).waitFor();
    await page.getByRole('heading', { name: /^Resultaat / }).waitFor();
    await clickPayloadLinks();
    await page.waitForTimeout(300);
    assert.deepEqual(await injected(page), CLEAN);
    assert.deepEqual(dialogs, []);

    // The text is shown, not swallowed: in the title, the Markdown fields, the facts and the result.
    const main = page.locator('main');
    for (const prefix of ['Samenvatting', 'Aanleiding', 'Achtergrond', 'Doel', 'Verwacht', 'Leider', 'Financier', 'thema', 'Bevinding', 'Populatie', 'Effect']) {
      await main.getByText(`${prefix} ${PAYLOADS[0]}`, { exact: false }).first().waitFor();
    }
    for (const payload of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[3], PAYLOADS[4]]) {
      assert.ok((await main.getByText(payload, { exact: false }).count()) > 0, `visible as text: ${payload}`);
    }
    // A Markdown heading fits under the section's h2; an image shows as its description.
    await page.getByRole('heading', { level: 3, name: /^Kop / }).waitFor();
    await main.getByText('plaatje', { exact: true }).waitFor();
    // A safe link stays a link, marked as not endorsed.
    const safe = main.getByRole('link', { name: 'veilige bron' });
    assert.equal(await safe.getAttribute('href'), 'https://example.org/bron');
    assert.equal(await safe.getAttribute('rel'), 'noopener noreferrer nofollow');
  });

  it('shows the term page with the definition, its source and the annotation as text', async () => {
    await page.goto('/begrippen/participatie');
    const card = page.getByRole('region', { name: /^Definities per perspectief/ }).getByRole('article').filter({ hasText: `${marker} definitie` });
    await card.waitFor();
    await card.getByRole('listitem').filter({ hasText: `${marker} annotatie` }).waitFor();
    await clickPayloadLinks();
    await page.waitForTimeout(300);
    assert.deepEqual(await injected(page), CLEAN);
    assert.deepEqual(dialogs, []);
    for (const prefix of [`${marker} definitie`, 'Bron', `${marker} annotatie`]) {
      await card.getByText(`${prefix} ${PAYLOADS[0]}`, { exact: false }).waitFor();
    }

    // The version history shows the same text again, once opened.
    await card.locator('summary', { hasText: 'Versiegeschiedenis' }).click();
    await card.getByRole('listitem').filter({ has: page.getByText('Versie 1', { exact: true }) }).getByText(`${marker} definitie`, { exact: false }).waitFor();
    await clickPayloadLinks();
    await page.waitForTimeout(300);
    assert.deepEqual(await injected(page), CLEAN);
    assert.deepEqual(dialogs, []);
  });

  it('shows search hits for the payloads without running them', async () => {
    const hit = page.getByRole('region', { name: 'Resultaten' }).locator('ol > li', { hasText: marker }).first();
    // The search index follows the database through an outbox; give it a few seconds at most.
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.goto(`/?q=${marker}`);
      // Results or the "nothing found" notice: the search has answered when the list is no longer busy.
      await page.locator('section[aria-busy="false"]').waitFor();
      if (await hit.count()) break;
      await page.waitForTimeout(250);
    }
    await hit.waitFor();
    assert.deepEqual(await injected(page), CLEAN);
    assert.deepEqual(dialogs, []);
  });
});
