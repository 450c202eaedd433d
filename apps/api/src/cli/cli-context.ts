import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ContentSearchModule } from '@werkkennis/content-search';
import { ObservabilityModule } from '@werkkennis/observability';
import { PersistenceModule } from '@werkkennis/persistence';
import { databaseSettings, ENTITIES } from '../app/app.module';
import { type AppConfig, loadConfig } from '../app/config';

@Module({})
class CommandModule {}

/**
 * The database and the search index without the HTTP server, for one-shot commands.
 * The outbox worker stays off: the command does its own work and exits.
 */
export async function withCommandContext(work: (context: INestApplicationContext, config: AppConfig) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const context = await NestFactory.createApplicationContext(
    {
      module: CommandModule,
      imports: [
        ObservabilityModule,
        PersistenceModule.forRoot(databaseSettings(config), ENTITIES),
        ContentSearchModule.forRoot({ dataDir: config.dataDir, ...config.search }, { runWorker: false, pollIntervalMs: 0 }),
      ],
    },
    { logger: ['error', 'warn'] },
  );
  context.enableShutdownHooks();
  try {
    await work(context, config);
  } finally {
    await context.close();
  }
}

export function runCommand(name: string, command: () => Promise<void>): void {
  command().catch((error: Error) => {
    console.error(`${name} mislukt: ${error.message}`);
    process.exit(1);
  });
}
