import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ContentSearchModule } from '@werkkennis/content-search';
import { ObservabilityModule } from '@werkkennis/observability';
import { PersistenceModule } from '@werkkennis/persistence';
import { databaseSettings, ENTITIES } from '../app/app.module';
import { type AppConfig, loadConfig } from '../app/config';
import { embeddedDataDir, lockDataDir } from '../app/data-dir-lock';

@Module({})
class CommandModule {}

export interface CommandOptions {
  /** How the user started it, e.g. `npm run seed`: names it to anyone who finds the folder taken. */
  script: string;
  /** What the user can do instead while the app holds the data folder. */
  whileAppRuns?: string;
}

/**
 * The database and the search index without the HTTP server, for one-shot commands.
 * The outbox worker stays off: the command does its own work and exits. On an embedded data
 * folder the command takes it for itself first, and is refused while the app (or another
 * command) holds it.
 */
export async function withCommandContext(
  work: (context: INestApplicationContext, config: AppConfig) => Promise<void>,
  options: CommandOptions,
): Promise<void> {
  const config = loadConfig();
  const database = databaseSettings(config);
  const dataDir = embeddedDataDir(config, database);
  const lock = dataDir ? await lockDataDir(dataDir, options.script, options.whileAppRuns) : undefined;
  try {
    const context = await NestFactory.createApplicationContext(
      {
        module: CommandModule,
        imports: [
          ObservabilityModule,
          PersistenceModule.forRoot(database, ENTITIES),
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
  } finally {
    lock?.release();
  }
}

export function runCommand(name: string, command: () => Promise<void>): void {
  command().catch((error: Error) => {
    console.error(`${name} mislukt: ${error.message}`);
    process.exit(1);
  });
}
