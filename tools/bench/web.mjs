#!/usr/bin/env node
// `npm run bench:web`: the web app's budget. Prints the gzipped size of the JavaScript and CSS
// that index.html loads up front, runs Lighthouse (performance, accessibility) on the search
// page of the real server with Debian's Chromium, and saves screenshots of the main pages in
// docs/screenshots/. Targets: initial JS < 150 kB gzipped, performance ≥ 95, accessibility 100,
// on the search page and on a term page with a highlighted passage, a thread and a revision.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { startServer } from '../../apps/web-e2e/support/server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const SEARCH_PAGE = '/?q=vakmanschap';
const TERM_PAGE = '/begrippen/vakmanschap';
const WORKBENCH_PASSAGE = 'welke determinanten van gedrag hij of zij wil beïnvloeden';
const KNOWLEDGE_GAPS = ['jobcarving voor statushouders', 'loonwaardemeting bij zzp', 'digitale vaardigheden ouderen'];
const root = process.cwd();
const webDist = join(root, 'dist/apps/web');
process.env.CHROME_PATH = CHROMIUM;

const build = spawnSync('node', ['tools/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// 1. What the first page load must download: the entry script, its modulepreloads, the stylesheet.
const html = readFileSync(join(webDist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const sizeOf = (kind) =>
  initial
    .filter((file) => file.endsWith(kind))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(webDist, file))).length, 0);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const initialJs = sizeOf('.js');
console.log(`\ninitial JS  ${kB(initialJs)} gzipped in ${initial.filter((f) => f.endsWith('.js')).length} files (target < 150 kB)`);
console.log(`initial CSS ${kB(sizeOf('.css'))} gzipped`);

/**
 * One unmeasured browser visit of each page first, so that what a freshly started server does
 * once does not count: above all, learning the page's persisted queries. A browser that asks
 * by hash for a query the server has not seen is told to send the text, one round trip more,
 * which only the first visitor after a start makes.
 */
async function visitOnce(baseUrl, paths) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    for (const path of paths) await page.goto(path, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
}

/** Chromium with a DevTools port for Lighthouse; resolves with the port once it listens. */
function launchForLighthouse() {
  const profile = mkdtempSync(join(tmpdir(), 'werkkennis-lighthouse-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) resolve({ port: Number(match[1]), stop });
    });
    child.once('exit', () => reject(new Error(`Chromium stopped before it listened:\n${output}`)));
  });
}

async function audit(url, port, config) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, config);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const score = (name) => Math.round((lhr.categories[name].score ?? 0) * 100);
  const problems = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift']
    .map((id) => `${lhr.audits[id].title.replace(/ \(.*\)$/, '')} ${lhr.audits[id].displayValue}`)
    .join(', ');
  return { performance: score('performance'), accessibility: score('accessibility'), problems, metrics };
}

/** One GraphQL call to the bench server, as `email` when given; throws on errors. */
async function graphql(baseUrl, query, variables = {}, email) {
  const headers = { 'content-type': 'application/json' };
  if (email) {
    const login = await graphql(baseUrl, 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password: 'werkkennis-demo' });
    headers.authorization = `Bearer ${login.login.token}`;
  }
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`bench: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The researcher's workbench on vakmanschap, as the screenshots and the term page's Lighthouse run
 * show it: a quoted passage with an annotation and a reply, and the definition revised once.
 */
async function researchersWorkbench(baseUrl) {
  const { term } = await graphql(baseUrl, 'query { term(slug: "vakmanschap") { definitions { id perspective text } } }');
  const research = term.definitions.find((definition) => definition.perspective === 'RESEARCH');
  const { annotateDefinition } = await graphql(
    baseUrl,
    'mutation ($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id } }',
    { input: { definitionId: research.id, motivation: 'QUESTIONING', body: 'Welke determinanten: die van het integratief gedragsmodel, of ook andere?', quote: { exact: WORKBENCH_PASSAGE } } },
    'onderzoeker@tilburguniversity.example',
  );
  await graphql(
    baseUrl,
    'mutation ($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id } }',
    { input: { definitionId: research.id, replyToId: annotateDefinition.id, motivation: 'COMMENTING', body: 'In de handreiking gaan we uit van het integratief gedragsmodel; andere modellen mogen, mits benoemd.' } },
    'e.vanleeuwen@tno.example',
  );
  await graphql(
    baseUrl,
    'mutation ($id: ID!, $input: UpdateDefinitionInput!) { updateDefinition(id: $id, input: $input) { version } }',
    { id: research.id, input: { text: research.text.replace('waarom een interventie past', 'waarom een interventie bij deze cliënt past'), changeNote: 'Verduidelijkt: de interventie past bij een cliënt.' } },
    'onderzoeker@tilburguniversity.example',
  );
}

/** The research definition's card on vakmanschap, with its version history open on the difference. */
async function showWorkbenchCard(page) {
  const card = page.getByRole('region', { name: /^Definities per perspectief/ }).getByRole('article').filter({ hasText: 'Vakmanschap is methodisch' });
  await card.locator('blockquote mark').first().waitFor();
  await card.locator('summary', { hasText: 'Versiegeschiedenis' }).click();
  await card.getByRole('region', { name: 'Wat is er veranderd?' }).locator('ins').first().waitFor();
  await card.locator('details[open]').waitFor();
  return card;
}

const firstHit = (page) => page.getByRole('region', { name: 'Resultaten' }).locator('ol > li').first();
const firstDefinition = (page) => page.getByRole('region', { name: /^Definities per perspectief/ }).getByRole('article').first();

async function screenshots(baseUrl) {
  const target = join(root, 'docs/screenshots');
  mkdirSync(target, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    const shoot = async (path, name, ready) => {
      await page.goto(path);
      await ready();
      await page.screenshot({ path: join(target, `${name}.png`), fullPage: false });
    };
    await shoot(SEARCH_PAGE, 'search', () => firstHit(page).waitFor());
    await shoot('/interventies/afwegingskader-gewogen-maatwerk', 'intervention', () => page.getByRole('heading', { name: 'Wat doe je?' }).waitFor());
    await shoot('/projecten/perspectiefverschillen-reintegratiekennis', 'project', () => page.getByRole('heading', { name: 'Resultaten' }).first().waitFor());
    await shoot('/begrippen/vakmanschap', 'term', () => firstDefinition(page).waitFor());
    await shoot('/begrippen/vakmanschap', 'term-comparison', async () => {
      await firstDefinition(page).waitFor();
      await page.getByRole('heading', { name: 'Hoe verschillen de perspectieven?' }).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    });
    await shoot('/begrippen/vakmanschap', 'term-definitions', async () => {
      await firstDefinition(page).waitFor();
      await page.getByRole('heading', { name: 'Definities naast elkaar' }).scrollIntoViewIfNeeded();
    });
    await page.goto(TERM_PAGE);
    // Two perspectives side by side, so that the research column has room.
    const perspectives = page.getByRole('group', { name: 'Naast elkaar:' }).getByRole('checkbox');
    await perspectives.first().waitFor();
    for (const box of await perspectives.all()) {
      if (!/^(Onderzoek|Ministerie)/.test((await box.evaluate((input) => input.closest('label')?.textContent ?? '')).trim())) await box.uncheck();
    }
    await (await showWorkbenchCard(page)).screenshot({ path: join(target, 'term-workbench.png') });
    await shoot('/bewijskaart', 'evidence-map', () => page.locator('svg a').first().waitFor());
    await shoot('/bijeenkomsten/2025-03-25-waar-verschillen-we-waar-vinden-we-elkaar', 'session', async () => {
      await page.getByRole('region', { name: 'vakmanschap' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    });
    await shoot('/begrippen/vakmanschap/verloop', 'term-history', async () => {
      await page.getByRole('img', { name: /door de tijd$/ }).waitFor();
      await page.getByRole('heading', { level: 1 }).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    });
    await shoot('/netwerk', 'knowledge-flow', async () => {
      await page.getByRole('img', { name: /^Interventies van ontwikkelaars/ }).waitFor();
      await page.getByRole('heading', { name: 'Van ontwikkelaar naar gebruiker' }).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    });
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('redacteur@tilburg.example');
    await page.getByLabel('Wachtwoord').fill('werkkennis-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('table').waitFor();
    // Signing in moves focus to the page's main content, which scrolls it: show the page's top.
    const top = () => page.evaluate(() => window.scrollTo(0, 0));
    await top();
    await page.screenshot({ path: join(target, 'editor-workspace.png') });
    await shoot('/redactie/projecten/nieuw', 'editor-project-form', async () => {
      await page.getByLabel(/^Titel/).waitFor();
      await top();
    });

    // Three visits (told apart by their browser) ask what the platform does not cover yet: knowledge gaps.
    for (const query of KNOWLEDGE_GAPS) {
      for (const visit of ['a', 'b', 'c']) {
        await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': `bench-browser-${visit}` },
          body: JSON.stringify({ query: 'query ($query: String!) { search(input: { query: $query }) { total } }', variables: { query } }),
        });
      }
    }
    const admin = await (await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    await admin.goto('/inloggen');
    await admin.getByLabel('E-mailadres').fill('beheer@werkkennis.example');
    await admin.getByLabel('Wachtwoord').fill('werkkennis-demo');
    await admin.getByRole('button', { name: 'Inloggen' }).click();
    await admin.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await admin.goto('/beheer');
    await admin.getByRole('table', { name: /^Accounts/ }).waitFor();
    await admin.getByRole('heading', { name: 'Accounts' }).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await admin.screenshot({ path: join(target, 'admin-accounts.png') });
    await admin.goto('/kennislacunes');
    await admin.getByRole('row').filter({ hasText: KNOWLEDGE_GAPS[0] }).waitFor();
    await admin.screenshot({ path: join(target, 'knowledge-gaps.png') });

    const phone = await (await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, locale: 'nl-NL' })).newPage();
    await phone.goto(SEARCH_PAGE);
    await firstHit(phone).waitFor();
    await phone.screenshot({ path: join(target, 'search-phone.png') });
    await phone.goto(TERM_PAGE);
    const switcher = phone.getByLabel('Perspectief', { exact: true });
    const research = await switcher.locator('option', { hasText: /^Onderzoek/ }).textContent();
    await switcher.selectOption({ label: research });
    await (await showWorkbenchCard(phone)).screenshot({ path: join(target, 'term-workbench-phone.png') });
    console.log(`screenshots saved in docs/screenshots/`);
  } finally {
    await browser.close();
  }
}

// 2. Lighthouse and screenshots against the real server.
const server = await startServer(root);
let chrome;
try {
  await researchersWorkbench(server.baseUrl);
  await visitOnce(server.baseUrl, [SEARCH_PAGE, TERM_PAGE]);
  chrome = await launchForLighthouse();
  for (const path of [SEARCH_PAGE, TERM_PAGE]) {
    const url = `${server.baseUrl}${path}`;
    const mobile = await audit(url, chrome.port);
    const desktop = await audit(url, chrome.port, desktopConfig);
    for (const [name, result] of [['mobile (default, throttled)', mobile], ['desktop', desktop]]) {
      console.log(
        `lighthouse ${path} ${name}: performance ${result.performance}, accessibility ${result.accessibility}\n  ${result.metrics}` +
          (result.problems.length ? `\n  failed audits: ${result.problems.join(', ')}` : ''),
      );
    }
  }
  await screenshots(server.baseUrl);
} finally {
  // The server must stop even if Chromium's clean-up fails.
  await Promise.allSettled([chrome?.stop(), server.stop()]);
}
