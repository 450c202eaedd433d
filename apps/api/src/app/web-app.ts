import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { match } from 'path-to-regexp';

const PLACEHOLDER = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Werkkennis</title></head>
<body>
<main><h1>Werkkennis</h1>
<p>Het kennisplatform van het lerend netwerk re-integratie: projecten, interventies, bevindingen en omstreden begrippen.</p>
<p>De webapp is nog niet gebouwd. De GraphQL-API staat op <a href="/graphql">/graphql</a>; de status op <a href="/health">/health</a>.</p>
</main></body></html>`;

// Feeds, the digest's unsubscribe link and SPARQL are answered by the API, also when a browser opens
// them; the vocabulary's IRIs negotiate for themselves (they send a browser on to the page).
const API_PATHS = /^\/(graphql|health|metrics|feeds|e-mail|sparql|vocabulary|terms|definitions|collections|annotations)(\/|$)/;

/** What the web build wrote to page-preloads.json for each lazily loaded page (apps/web/page-preloads.mts). */
interface PagePreload {
  path: string;
  scripts: string[];
  styles: string[];
}

/**
 * index.html as sent for each address: for a page whose code loads separately (a term, a
 * project), with links that start downloading that code and its styles right away, next to the
 * app's own script, instead of after the app has started and found out where it is. On a slow
 * phone that is one round trip less before the page can show anything.
 */
function pagesOf(webDist: string): (path: string) => string {
  const index = readFileSync(join(webDist, 'index.html'), 'utf8');
  const preloadsFile = join(webDist, 'page-preloads.json');
  const preloads: PagePreload[] = existsSync(preloadsFile) ? JSON.parse(readFileSync(preloadsFile, 'utf8')) : [];
  const pages = preloads.map(({ path, scripts, styles }) => {
    // After the app's own script and stylesheet (low priority), and the styles as a preload, not
    // a stylesheet: neither may hold up the first paint, which needs only the app's own files.
    const links = [
      ...scripts.map((file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}">`),
      ...styles.map((file) => `<link rel="preload" as="style" fetchpriority="low" crossorigin href="/${file}">`),
    ];
    // Not decoded: only whether the path fits counts, and a malformed escape (%E0%A4%A) must not throw.
    return { matches: match(path, { decode: false }), html: index.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) };
  });
  // The first page that fits, in the table's order, which puts `bijeenkomsten/nieuw` before `bijeenkomsten/:slug`.
  return (path) => pages.find((page) => page.matches(path))?.html ?? index;
}

/** Serves the built web app at `/` (client-side routes fall back to index.html), or a placeholder. */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const built = existsSync(join(webDist, 'index.html'));
  // Pages, scripts and GraphQL answers are text: gzip makes them 3–5× smaller on slow mobile links.
  app.use(compression());
  if (built) {
    // Vite puts a content hash in every file name under /assets, so those never change.
    app.useStaticAssets(join(webDist, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d' });
    app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  }
  const pageAt = built ? pagesOf(webDist) : () => PLACEHOLDER;
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Only page navigations: API routes, files (/vocabulary.ttl) and clients that ask for JSON or
    // another format (Turtle) pass on; `curl` and anything else that takes HTML gets the page.
    const navigation = (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.test(req.path) && !/\.[a-z0-9]+$/i.test(req.path);
    if (!navigation || req.accepts(['html', 'json']) !== 'html') return next();
    // The page names the files of the build it came with: asked again, it is checked (ETag).
    res.type('html').set('Cache-Control', 'no-cache').send(pageAt(req.path));
  });
}
