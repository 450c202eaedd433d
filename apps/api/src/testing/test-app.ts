import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DEMO_PASSWORD, seedDemoContent } from '@werkkennis/demo-content';
import { SearchIndexer } from '@werkkennis/content-search';
import { ContentChanges, QueryCounter } from '@werkkennis/persistence';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../app/config';
import { createApp } from '../app/create-app';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: Record<string, string[]> } }[];
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  queries: QueryCounter;
  indexer: SearchIndexer;
  /** The secret tokens are signed with, for tests that craft tokens. */
  jwtSecret: string;
  /** This app's own index on the run's Meilisearch, for tests that look behind the adapter. */
  searchIndexName: string;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /**
   * The same, sent from another loopback address (127.0.0.2 and up), as a client elsewhere
   * would: limits per client address tell them apart.
   */
  graphqlFrom<T = Record<string, any>>(address: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  login(email: string): Promise<string>;
  /**
   * Counts SQL statements from here (`queries.total`), with the public answers the API remembers
   * forgotten first: what a request costs when it is computed, not when it is repeated.
   */
  countStatements(): void;
  close(): Promise<void>;
}

/**
 * The real application over HTTP on a random port, with the demo content: on the embedded
 * database in memory, or on the PostgreSQL server of `DATABASE_URL` (as in CI).
 */
export async function startTestApp(
  options: {
    indexWorker?: boolean;
    meiliHost?: string;
    databaseUrl?: string;
    rateLimits?: Partial<AppConfig['rateLimits']>;
    smtp?: AppConfig['smtp'];
    sparqlTimeoutMs?: number;
    /** A built web app to serve; by default there is none (the placeholder page). */
    webDist?: string;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkkennis-test-'));
  const queries = new QueryCounter();
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  const config: AppConfig = {
    port: 0,
    production: false,
    logLevel: 'warn',
    trustProxyHops: 0,
    rateLimits: { loginPerMinute: 1000, perAddressPerMinute: 1000, writesPerMinute: 1000, openReadsPerMinute: 1000, ...options.rateLimits },
    dataDir,
    databaseUrl,
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    accessTokenSeconds: 600,
    sessionDays: 14,
    publicUrl: 'http://werkkennis.test',
    webDist: options.webDist ?? join(dataDir, 'no-web'),
    // One Meilisearch for the whole run (jest global setup), one index per test app.
    search: {
      meiliHost: options.meiliHost ?? process.env.MEILI_HOST,
      meiliApiKey: process.env.MEILI_API_KEY,
      indexName: `test_${process.pid}_${Date.now()}_${Math.round(Math.random() * 1e6)}`,
    },
    indexWorker: { enabled: options.indexWorker ?? true, pollIntervalMs: 50 },
    smtp: options.smtp,
    sparqlTimeoutMs: options.sparqlTimeoutMs ?? 5000,
  };
  const app = await createApp(config, { databaseUrl, dataDir: databaseUrl ? dataDir : 'memory', logger: queries });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await seedDemoContent(dataSource, () => undefined, { replaceExisting: true });
  // On a shared PostgreSQL the rate-limit counts of earlier test apps would still be running.
  await dataSource.query('DELETE FROM rate_limit_window');
  const indexer = app.get(SearchIndexer);
  await indexer.rebuild();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const graphql: TestApp['graphql'] = async (query, variables, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  const graphqlFrom: TestApp['graphqlFrom'] = (localAddress, query, variables, token) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) };
      const sent = request(`${url}/graphql`, { method: 'POST', localAddress, headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ...(JSON.parse(text) as object) }));
      });
      sent.on('error', reject);
      sent.end(body);
    });

  const tokens = new Map<string, string>();
  const login = async (email: string) => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const result = await graphql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: DEMO_PASSWORD },
    );
    if (!result.data) throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(email, result.data.login.token);
    return result.data.login.token;
  };

  const contentChanges = app.get(ContentChanges);
  const countStatements = () => {
    contentChanges.committed();
    queries.reset();
  };

  return {
    app,
    url,
    dataSource,
    queries,
    indexer,
    jwtSecret: config.jwtSecret,
    searchIndexName: config.search.indexName!,
    graphql,
    graphqlFrom,
    login,
    countStatements,
    close: () => app.close(),
  };
}

export const DEMO = {
  tilburgEditor: 'redacteur@tilburg.example',
  amsterdamEditor: 'redacteur@amsterdam.example',
  researcher: 'onderzoeker@tilburguniversity.example',
  practitioner: 'professional@werkkennis.example',
  admin: 'beheer@werkkennis.example',
} as const;
