#!/usr/bin/env node
// The floor under bench:search's API figures: the same searches through the app's own search
// adapter, answered by a bare node:http server, or with `--express` by an Express 5 app with only
// its JSON body parser. No API on this stack can cost less per search than these. bench:search
// starts it (PORT, MEILI_HOST, MEILI_API_KEY, MEILI_INDEX) and reads its CPU time at GET /cpu.
import express from 'express';
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { MeilisearchEngine } = require(join(root, 'dist/libs/search/src'));
const engine = new MeilisearchEngine({ host: process.env.MEILI_HOST, apiKey: process.env.MEILI_API_KEY, indexName: process.env.MEILI_INDEX });

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return String((user + system) / 1e6);
};

/** The GraphQL answer's shape, so that bench:search reads it as it reads the API's. */
async function answer(input) {
  const result = await engine.search({ query: input.query, types: input.types, filters: input.filters ?? [], facets: input.facets, limit: 20, offset: 0 });
  const hits = result.hits.map(({ type, id, slug, title, highlight }) => ({ type, id, slug, title, highlight }));
  return JSON.stringify({ data: { search: { total: result.total, tookMs: result.tookMs, hits, facets: result.facets } } });
}

let server;
if (process.argv.includes('--express')) {
  const app = express();
  app.get('/cpu', (_req, res) => res.send(cpuSeconds()));
  app.post('/graphql', express.json({ limit: '1mb' }), async (req, res) => res.type('application/json').send(await answer(req.body.variables.input)));
  server = http.createServer(app);
} else {
  server = http.createServer((req, res) => {
    if (req.url === '/cpu') return res.end(cpuSeconds());
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      const body = await answer(JSON.parse(Buffer.concat(chunks).toString('utf8')).variables.input);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
}
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
