import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openEndpointLimit } from '@werkkennis/api-core';
import { type DatabaseSettings, RateLimitCounter } from '@werkkennis/persistence';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule, databaseSettings } from './app.module';
import type { AppConfig } from './config';
import { type DataDirLock, embeddedDataDir, lockDataDir, THE_APP } from './data-dir-lock';
import { applySecurityHeaders } from './security';
import { serveWebApp } from './web-app';

/**
 * Builds the application (used by main, tests and benchmarks alike). On an embedded data
 * folder it first takes that folder for itself, and frees it when the app is closed.
 */
export async function createApp(config: AppConfig, database: DatabaseSettings = databaseSettings(config)): Promise<NestExpressApplication> {
  const dataDir = embeddedDataDir(config, database);
  const lock = dataDir ? await lockDataDir(dataDir, THE_APP) : undefined;
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    app.useBodyParser('json', { limit: '1mb' });
    // The web app's session cookie (see the identity library).
    app.use(cookieParser());
    applySecurityHeaders(app);
    app.set('trust proxy', config.trustProxyHops);
    app.use(['/sparql', '/feeds'], openEndpointLimit(app.get(RateLimitCounter), config.rateLimits.openReadsPerMinute));
    // Exiting (rather than dying of the signal) runs the 'exit' handlers, which free the data folder.
    app.enableShutdownHooks([], { useProcessExit: true });
    serveWebApp(app, config.webDist);
    await app.init();
    if (lock) releaseWhenClosed(app, lock);
    return app;
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Nest closes the database and the search server in its last hooks; only after them is the folder free. */
function releaseWhenClosed(app: NestExpressApplication, lock: DataDirLock): void {
  const close = app.close.bind(app);
  app.close = async () => {
    try {
      await close();
    } finally {
      lock.release();
    }
  };
}
