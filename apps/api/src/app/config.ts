import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  production: boolean;
  dataDir: string;
  databaseUrl?: string;
  jwtSecret: string;
  tokenLifetimeSeconds: number;
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
}

function fail(variable: string, problem: string): never {
  throw new Error(`Configuratiefout in ${variable}: ${problem}`);
}

/**
 * The embedded default keeps a generated signing secret in DATA_DIR so sessions survive a
 * restart; production must bring its own.
 */
function jwtSecretFor(dataDir: string, production: boolean, env: NodeJS.ProcessEnv): string {
  const configured = env.JWT_SECRET;
  if (configured) {
    if (configured.length < 32) fail('JWT_SECRET', 'gebruik minstens 32 tekens (bijvoorbeeld `openssl rand -base64 48`).');
    return configured;
  }
  if (production) fail('JWT_SECRET', 'verplicht in productie (NODE_ENV=production). Zet een geheim van minstens 32 tekens.');
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('PORT', `"${env.PORT}" is geen poortnummer (0–65535).`);
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    fail('DATABASE_URL', 'gebruik de vorm postgres://gebruiker:wachtwoord@host:5432/database.');
  }
  // npm scripts, tests and the production image all run from the repository root.
  const root = process.cwd();
  return {
    port,
    production,
    dataDir,
    databaseUrl,
    jwtSecret: jwtSecretFor(dataDir, production, env),
    tokenLifetimeSeconds: 8 * 60 * 60,
    webDist: join(root, 'dist', 'apps', 'web'),
    schemaFile: production ? undefined : join(root, 'apps', 'api', 'schema.gql'),
    search: {
      meiliHost: env.MEILI_HOST || undefined,
      meiliApiKey: env.MEILI_API_KEY || undefined,
      meiliBinary: env.MEILI_BINARY || undefined,
      indexName: env.MEILI_INDEX || 'werkkennis',
    },
    indexWorker: { enabled: env.INDEX_WORKER !== 'off', pollIntervalMs: 200 },
  };
}
