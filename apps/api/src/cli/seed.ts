import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SearchIndexer } from '@werkkennis/content-search';
import { seedDemoContent } from '@werkkennis/demo-content';
import { ContentChanges } from '@werkkennis/persistence';
import type { DataSource } from 'typeorm';
import { runCommand, withCommandContext } from './cli-context';

/** `npm run seed`: migrates the configured database, replaces its content with the demo content and reindexes. */
runCommand('Seeden', () =>
  withCommandContext(async (context, config) => {
    if (config.production) throw new Error('demo-inhoud hoort niet in productie (NODE_ENV=production); seed een test- of demo-omgeving.');
    const dataSource = context.get<DataSource>(getDataSourceToken());
    await seedDemoContent(dataSource, (line) => console.log(line), { replaceExisting: true });
    // API processes on the same PostgreSQL drop the answers they remember from before.
    await context.get(ContentChanges).announce(dataSource.manager);
    await context.get(SearchIndexer).rebuild();
    console.log('Zoekindex opnieuw opgebouwd.');
  }, { script: 'npm run seed' }),
);
