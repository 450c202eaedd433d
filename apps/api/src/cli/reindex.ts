import 'reflect-metadata';
import { SearchConsistency, SearchIndexer } from '@werkkennis/content-search';
import { progressBar } from './progress';
import { runCommand, withCommandContext } from './cli-context';

/** `npm run reindex`: rebuilds the search index from the database into a fresh index and swaps it in. */
runCommand('Herindexeren', () =>
  withCommandContext(async (context) => {
    const started = Date.now();
    const { databaseCount } = await context.get(SearchConsistency).compare();
    const bar = progressBar('Herindexeren', databaseCount);
    await context.get(SearchIndexer).rebuild((indexed) => bar.update(indexed));
    bar.stop();
    console.log(`Zoekindex opnieuw opgebouwd: ${databaseCount} documenten in ${Date.now() - started} ms, zonder lege tussentijd.`);
  }, { script: 'npm run reindex' }),
);
