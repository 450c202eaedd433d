import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DatabaseSettings } from '@werkkennis/persistence';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { serveWebApp } from './web-app';

/** Builds the application (used by main, tests and benchmarks alike). */
export async function createApp(config: AppConfig, database?: DatabaseSettings): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    logger: process.env.NODE_ENV === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  serveWebApp(app, config.webDist);
  await app.init();
  return app;
}
