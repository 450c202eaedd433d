import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DatabaseSettings } from '@werkkennis/persistence';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { applySecurityHeaders } from './security';
import { serveWebApp } from './web-app';

/** Builds the application (used by main, tests and benchmarks alike). */
export async function createApp(config: AppConfig, database?: DatabaseSettings): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '1mb' });
  // The web app's session cookie (see the identity library).
  app.use(cookieParser());
  applySecurityHeaders(app);
  app.set('trust proxy', config.trustProxyHops);
  app.enableShutdownHooks();
  serveWebApp(app, config.webDist);
  await app.init();
  return app;
}
