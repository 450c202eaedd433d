import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SearchIndexer } from '@werkkennis/content-search';
import { refuseDemoAccountsInProduction, seedDemoContentIfEmpty } from '@werkkennis/demo-content';
import type { DataSource } from 'typeorm';
import { loadConfig } from './app/config';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Werkkennis');
  const app = await createApp(config);
  const dataSource = app.get<DataSource>(getDataSourceToken());
  if (config.production) await refuseDemoAccountsInProduction(dataSource);
  else if (!config.databaseUrl) await seedDemoContentIfEmpty(dataSource, (line) => logger.log(line));
  await app.get(SearchIndexer).rebuildWhenNeeded();
  await app.listen(config.port);
  logger.log(`Werkkennis draait op http://localhost:${config.port} (GraphQL: /graphql)`);
}

bootstrap().catch((error: Error) => {
  console.error(`Werkkennis kon niet starten: ${error.message}`);
  process.exit(1);
});
