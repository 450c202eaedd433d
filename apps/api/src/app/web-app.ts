import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';

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

/** Serves the built web app at `/` (client-side routes fall back to index.html), or a placeholder. */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  // Pages, scripts and GraphQL answers are text: gzip makes them 3–5× smaller on slow mobile links.
  app.use(compression());
  if (existsSync(index)) {
    // Vite puts a content hash in every file name under /assets, so those never change.
    app.useStaticAssets(join(webDist, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d' });
    app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Only page navigations: API routes, files (/vocabulary.ttl) and clients that ask for JSON or
    // another format (Turtle) pass on; `curl` and anything else that takes HTML gets the page.
    const navigation = (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.test(req.path) && !/\.[a-z0-9]+$/i.test(req.path);
    if (!navigation || req.accepts(['html', 'json']) !== 'html') return next();
    if (existsSync(index)) return res.sendFile(index);
    res.type('html').send(PLACEHOLDER);
  });
}
