import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { applyMigrations } from './apply-migrations';
import { ContentChanges } from './content-changes';
import { buildDataSourceOptions, type DatabaseSettings } from './database.options';
import { OutboxProcessor } from './outbox';
import { RateLimitCounter } from './rate-limit-counter';
import { TransactionRunner } from './transaction-runner';
import { UnitOfWork } from './unit-of-work';

/** The database connection, migrated at start; feature modules register their entities. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(settings: DatabaseSettings, entities: Function[]): DynamicModule {
    const logger = new Logger('Migraties');
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(settings, entities),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            const applied = await applyMigrations(dataSource, (message) => logger.log(message));
            if (applied.length) logger.log(`toegepast: ${applied.join(', ')}`);
            return dataSource;
          },
        }),
      ],
      providers: [TransactionRunner, UnitOfWork, OutboxProcessor, RateLimitCounter, ContentChanges],
      exports: [TransactionRunner, UnitOfWork, OutboxProcessor, RateLimitCounter, ContentChanges],
    };
  }
}
