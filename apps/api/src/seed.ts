import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { seedDemoContent } from '@werkkennis/demo-content';
import { buildDataSourceOptions } from '@werkkennis/persistence';
import { ENTITIES, databaseSettings } from './app/app.module';
import { loadConfig } from './app/config';

/** `npm run seed`: migrates the configured database and replaces its content with the demo content. */
async function seed(): Promise<void> {
  const config = loadConfig();
  const dataSource = await new DataSource(buildDataSourceOptions(databaseSettings(config), ENTITIES)).initialize();
  await dataSource.runMigrations();
  await seedDemoContent(dataSource, (line) => console.log(line), { replaceExisting: true });
  await dataSource.destroy();
}

seed().catch((error: Error) => {
  console.error(`Seeden mislukt: ${error.message}`);
  process.exit(1);
});
