import type { RateLimits } from '@werkkennis/api-core';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the API reads, validated at start. docs/configuration.md lists
 * them with their defaults; a wrong value stops the start with a message naming the variable.
 */
const ENVIRONMENT = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  PUBLIC_URL: z.url('gebruik een volledig adres, bijvoorbeeld https://werkkennis.gemeente.nl').optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'gebruik de vorm postgres://gebruiker:wachtwoord@host:5432/database')
    .optional(),
  JWT_SECRET: z.string().min(32, 'gebruik minstens 32 tekens (bijvoorbeeld `openssl rand -base64 48`)').optional(),
  MEILI_HOST: z.url('gebruik een volledig adres, bijvoorbeeld http://meilisearch:7700').optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  MEILI_BINARY: z.string().min(1).optional(),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'alleen letters, cijfers, - en _').default('werkkennis'),
  INDEX_WORKER: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_OPEN_READS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'gebruik de vorm smtp://gebruiker:wachtwoord@mailserver:587 (of smtps://… voor poort 465)')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  SPARQL_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(5000),
});

export interface AppConfig {
  port: number;
  production: boolean;
  logLevel: string;
  dataDir: string;
  databaseUrl?: string;
  jwtSecret: string;
  /** Lifetime of a bearer access token. */
  accessTokenSeconds: number;
  /** A session (refresh token, web cookie) ends this long after its last refresh. */
  sessionDays: number;
  /** Where people open the platform (links in invitations and reset mails). */
  publicUrl: string;
  /** Where the web app's built files are, served at `/`. */
  webDist: string;
  /** Write the GraphQL schema to this file (development only). */
  schemaFile?: string;
  search: {
    /** An external Meilisearch; without it the app starts and manages one. */
    meiliHost?: string;
    meiliApiKey?: string;
    /** Another Meilisearch binary for the managed server (e.g. the official release). */
    meiliBinary?: string;
    indexName: string;
  };
  /** The outbox worker that feeds the search index; off where a separate worker runs it. */
  indexWorker: { enabled: boolean; pollIntervalMs: number };
  rateLimits: RateLimits;
  /** Mail invitations and reset links through this SMTP server; without it they go to the log. */
  smtp?: { url: string; from: string };
  /** Proxies in front of the app whose X-Forwarded-For is believed (for per-address limits). */
  trustProxyHops: number;
  /** A SPARQL query running longer than this is stopped (/sparql). */
  sparqlTimeoutMs: number;
}

export class ConfigurationError extends Error {}

/**
 * The embedded default keeps a generated signing secret in DATA_DIR so sessions survive a
 * restart; production must bring its own.
 */
function jwtSecretFor(dataDir: string, production: boolean, configured: string | undefined): string {
  if (configured) return configured;
  if (production) {
    throw new ConfigurationError('Configuratiefout in JWT_SECRET: verplicht in productie (NODE_ENV=production). Zet een geheim van minstens 32 tekens.');
  }
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ENVIRONMENT.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Configuratiefout in ${problems.join('; ')}. Zie docs/configuration.md.`);
  }
  const settings = parsed.data;
  const production = settings.NODE_ENV === 'production';
  const dataDir = resolve(settings.DATA_DIR);
  const publicUrl = (settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`).replace(/\/$/, '');
  mkdirSync(dataDir, { recursive: true });
  // npm scripts, tests and the production image all run from the repository root.
  const root = process.cwd();
  return {
    port: settings.PORT,
    production,
    logLevel: settings.LOG_LEVEL,
    dataDir,
    databaseUrl: settings.DATABASE_URL,
    jwtSecret: jwtSecretFor(dataDir, production, settings.JWT_SECRET),
    accessTokenSeconds: settings.ACCESS_TOKEN_MINUTES * 60,
    sessionDays: settings.SESSION_DAYS,
    publicUrl,
    webDist: join(root, 'dist', 'apps', 'web'),
    schemaFile: production ? undefined : join(root, 'apps', 'api', 'schema.gql'),
    search: {
      meiliHost: settings.MEILI_HOST,
      meiliApiKey: settings.MEILI_API_KEY,
      meiliBinary: settings.MEILI_BINARY,
      indexName: settings.MEILI_INDEX,
    },
    indexWorker: { enabled: settings.INDEX_WORKER === 'on', pollIntervalMs: 200 },
    trustProxyHops: settings.TRUST_PROXY,
    sparqlTimeoutMs: settings.SPARQL_TIMEOUT_MS,
    rateLimits: {
      loginPerMinute: settings.RATE_LIMIT_LOGIN_PER_MINUTE,
      perAddressPerMinute: settings.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
      writesPerMinute: settings.RATE_LIMIT_WRITES_PER_MINUTE,
      openReadsPerMinute: settings.RATE_LIMIT_OPEN_READS_PER_MINUTE,
    },
    smtp: settings.SMTP_URL ? { url: settings.SMTP_URL, from: settings.MAIL_FROM ?? `Werkkennis <noreply@${new URL(publicUrl).hostname}>` } : undefined,
  };
}
