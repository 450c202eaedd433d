import 'reflect-metadata';
import { SearchConsistency } from '@werkkennis/content-search';
import { runCommand, withCommandContext } from './cli-context';

/** `npm run search:check`: lists every difference between the database and the search index. */
runCommand('Zoekindex controleren', () =>
  withCommandContext(async (context) => {
    const difference = await context.get(SearchConsistency).compare();
    for (const document of difference.missing) console.log(`ontbreekt in index: ${document.type} ${document.id} "${document.title}"`);
    for (const document of difference.outdated) console.log(`verouderd in index (inhoud wijkt af van de database): ${document.type} ${document.id} "${document.title}"`);
    for (const id of difference.extra) console.log(`te veel in index (niet gepubliceerd of verwijderd): ${id}`);
    console.log(`database: ${difference.databaseCount} zoekbare documenten, index: ${difference.indexCount}, verouderd: ${difference.outdated.length}`);
    if (difference.missing.length || difference.extra.length || difference.outdated.length) {
      console.log('Verschillen gevonden. Wacht tot de outbox is verwerkt, of herstel met `npm run reindex`.');
      process.exitCode = 1;
    } else {
      console.log('Database en zoekindex komen overeen.');
    }
  }, { script: 'npm run search:check' }),
);
