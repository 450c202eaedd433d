#!/usr/bin/env node
// The floor under bench:search's API figures: the same searches through the app's own search
// adapter, answered by a bare node:http server; with `--express` by an Express 5 app with only
// its JSON body parser; with `--apollo` by Apollo Server on node:http, with the API's schema
// (apps/api/schema.gql) and one resolver, and nothing else (no Nest, no middleware, no input
// validation). No API on this stack can cost less per search than these. bench:search starts it
// (PORT, MEILI_HOST, MEILI_API_KEY, MEILI_INDEX) and reads its CPU time at GET /cpu.
import { ApolloServer, HeaderMap } from '@apollo/server';
import express from 'express';
import { readFileSync } from 'node:fs';
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

/** What the API's search resolver returns, from the adapter. */
async function searchResult(input) {
  const result = await engine.search({ query: input.query, types: input.types, filters: input.filters ?? [], facets: input.facets, limit: 20, offset: 0 });
  const hits = result.hits.map(({ type, id, slug, title, highlight }) => ({ type, id, slug, title, highlight }));
  return { total: result.total, tookMs: result.tookMs, hits, facets: result.facets };
}

/** The GraphQL answer's shape, so that bench:search reads it as it reads the API's. */
const answer = async (input) => JSON.stringify({ data: { search: await searchResult(input) } });

/** Calls `respond(body)` with the request's body once it is in. */
const readBody = (req, respond) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => respond(Buffer.concat(chunks).toString('utf8')));
};

let server;
if (process.argv.includes('--express')) {
  const app = express();
  app.get('/cpu', (_req, res) => res.send(cpuSeconds()));
  app.post('/graphql', express.json({ limit: '1mb' }), async (req, res) => res.type('application/json').send(await answer(req.body.variables.input)));
  server = http.createServer(app);
} else if (process.argv.includes('--apollo')) {
  const apollo = new ApolloServer({
    typeDefs: readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'),
    resolvers: { Query: { search: (_parent, { input }) => searchResult(input) } },
  });
  await apollo.start();
  server = http.createServer((req, res) => {
    if (req.url === '/cpu') return res.end(cpuSeconds());
    readBody(req, async (text) => {
      const headers = new HeaderMap(Object.entries(req.headers).map(([key, value]) => [key, String(value)]));
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: '', body: JSON.parse(text) },
        context: async () => ({}),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      res.end(response.body.kind === 'complete' ? response.body.string : '');
    });
  });
} else {
  server = http.createServer((req, res) => {
    if (req.url === '/cpu') return res.end(cpuSeconds());
    readBody(req, async (text) => {
      const body = await answer(JSON.parse(text).variables.input);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
}
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));
