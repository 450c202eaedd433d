import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, type DatabaseSettings } from './database.options';
import { OutboxProcessor } from './outbox';
import { TransactionRunner } from './transaction-runner';

/** The database connection, migrated at start; feature modules register their entities. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(settings: DatabaseSettings, entities: Function[]): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...buildDataSourceOptions(settings, entities), migrationsRun: true }),
        }),
      ],
      providers: [TransactionRunner, OutboxProcessor],
      exports: [TransactionRunner, OutboxProcessor],
    };
  }
}
