import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

/** A web build as Vite writes it: index.html, the assets and page-preloads.json. */
function webBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'werkkennis-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html>\n<html lang="nl">\n  <head>\n    <script type="module" crossorigin src="/assets/start-1.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  for (const file of ['start-1.js', 'TermPage-2.js', 'Markdown-3.js', 'TermPage-4.css', 'TermHistoryPage-5.js']) writeFileSync(join(dist, 'assets', file), '');
  const preloads = [
    { path: '/begrippen/:slug', scripts: ['assets/TermPage-2.js', 'assets/Markdown-3.js'], styles: ['assets/TermPage-4.css'] },
    { path: '/begrippen/:slug/verloop', scripts: ['assets/TermHistoryPage-5.js'], styles: [] },
  ];
  writeFileSync(join(dist, 'page-preloads.json'), JSON.stringify(preloads));
  return dist;
}

describe('the web app’s pages: each starts loading its own code with the HTML', () => {
  let api: TestApp;
  const page = (path: string) => fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
  const headOf = async (response: Response) => (await response.text()).split('</head>')[0];

  beforeAll(async () => {
    api = await startTestApp({ indexWorker: false, webDist: webBuild() });
  });
  afterAll(() => api.close());

  it('sends a term page with its scripts as modulepreloads and its stylesheet as a preload, in the head, after the app’s own files', async () => {
    const response = await page('/begrippen/vakmanschap');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const head = await headOf(response);
    expect(head).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/TermPage-2.js">');
    expect(head).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/Markdown-3.js">');
    expect(head).toContain('<link rel="preload" as="style" fetchpriority="low" crossorigin href="/assets/TermPage-4.css">');
    // Neither may hold up the first paint: no stylesheet, and the app's own script comes first.
    expect(head).not.toContain('rel="stylesheet"');
    expect(head.indexOf('start-1.js')).toBeLessThan(head.indexOf('TermPage-2.js'));
  });

  it('tells pages apart by their whole path', async () => {
    const history = await headOf(await page('/begrippen/vakmanschap/verloop'));
    expect(history).toContain('href="/assets/TermHistoryPage-5.js"');
    expect(history).not.toContain('TermPage-2.js');
  });

  it('sends the page as built where no page of its own loads (the search page, an unknown address)', async () => {
    for (const path of ['/', '/begrippen/vakmanschap/iets-anders']) {
      const response = await page(path);
      expect(response.status).toBe(200);
      expect(await headOf(response)).not.toContain('modulepreload');
    }
  });

  it('answers an address with a malformed escape with its page, not an error', async () => {
    const response = await page('/begrippen/%E0%A4%A');
    expect(response.status).toBe(200);
    expect(await headOf(response)).toContain('TermPage-2.js');
  });

  it('serves the files those links name', async () => {
    const response = await fetch(`${api.url}/assets/TermPage-2.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });
});
