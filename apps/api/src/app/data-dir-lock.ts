/**
 * One process at a time on an embedded data folder. PGlite is a database in a folder without
 * a server: a second process that opens it writes beside the first and corrupts it, and a
 * second managed Meilisearch on the same index does the same to the index. The app and every
 * command take this lock before they open anything in DATA_DIR.
 */
import type { DatabaseSettings } from '@werkkennis/persistence';
import { currentProcessOwner, isProcessOwner, isRunning, type ProcessOwner } from '@werkkennis/search';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppConfig } from './config';

export const LOCK_FILE = 'werkkennis.lock';
/** What the app itself writes as its purpose; commands write their npm script. */
export const THE_APP = 'de app';

interface LockHolder extends ProcessOwner {
  /** `de app` or the command, e.g. `npm run seed`: it names the holder in the refusal. */
  purpose: string;
}

export interface DataDirLock {
  /** Removes the lock file, if it is still this process's; also done when the process exits. */
  release(): void;
}

/**
 * The data folder this configuration opens itself, if any: the embedded database and the
 * managed Meilisearch live there; PostgreSQL and an external Meilisearch take care of themselves.
 */
export function embeddedDataDir(config: Pick<AppConfig, 'dataDir' | 'search'>, database: DatabaseSettings): string | undefined {
  const embeddedDatabase = !database.databaseUrl && database.dataDir !== 'memory';
  return embeddedDatabase || !config.search.meiliHost ? config.dataDir : undefined;
}

/**
 * Takes the folder for this process, or refuses with a sentence that names the holder and
 * says what to do. A lock left by a process that no longer runs (killed, crashed) is taken over.
 *
 * @param whileAppRuns what the user can do instead while the app holds the folder
 */
export async function lockDataDir(dataDir: string, purpose: string, whileAppRuns?: string): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const record = JSON.stringify({ ...currentProcessOwner(), purpose } satisfies LockHolder);
  for (let attempt = 1; attempt <= 20; attempt++) {
    try {
      await writeFile(file, record, { flag: 'wx' });
      return heldLock(file, record);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = await readFile(file, 'utf8').catch(() => undefined);
    if (found === undefined) continue; // released meanwhile
    const holder = parseHolder(found);
    if (holder && isRunning(holder)) throw new Error(inUseMessage(dataDir, file, holder, purpose, whileAppRuns));
    // Empty or half: another process is writing it right now, unless it stays so (killed while writing).
    if (!holder && attempt < 5) {
      await sleep(50);
      continue;
    }
    await removeStaleLock(file, found);
  }
  throw new Error(`Kon ${file} niet vastzetten: andere processen nemen de map steeds over. Probeer het opnieuw.`);
}

function heldLock(file: string, record: string): DataDirLock {
  const release = (): void => {
    process.off('exit', release);
    // Synchronous, because it also runs on 'exit'. After a takeover the file is another process's: it stays.
    try {
      if (readFileSync(file, 'utf8') === record) unlinkSync(file);
    } catch {
      // Gone already (the folder was removed).
    }
  };
  process.on('exit', release);
  return { release };
}

/**
 * Moved aside before it is removed: when another process took the lock over just before us,
 * what we moved is its fresh lock, and it goes back instead of being lost.
 */
async function removeStaleLock(file: string, stale: string): Promise<void> {
  const aside = `${file}.${process.pid}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8')) !== stale) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return isProcessOwner(holder) && typeof holder.purpose === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

function inUseMessage(dataDir: string, file: string, holder: LockHolder, purpose: string, whileAppRuns: string | undefined): string {
  const here = holder.host === currentProcessOwner().host;
  const where = `${dataDir}, pid ${holder.pid}${here ? '' : ` op ${holder.host}`}`;
  const why = 'twee processen tegelijk beschadigen de ingebedde gegevens.';
  // A process on another machine or in another container cannot be checked from here.
  const elsewhere = here ? '' : ` Draait dat proces niet meer, verwijder dan ${file}.`;
  if (holder.purpose !== THE_APP) return `${holder.purpose} gebruikt deze DATA_DIR (${where}); ${why} Wacht tot dat klaar is en probeer het dan opnieuw.${elsewhere}`;
  if (purpose === THE_APP) return `De app draait al op deze DATA_DIR (${where}); ${why} Stop die eerst, of start deze met een eigen DATA_DIR.${elsewhere}`;
  return `De app draait op deze DATA_DIR (${where}); ${why} Stop de app eerst en probeer het dan opnieuw${whileAppRuns ? `, of ${whileAppRuns}` : ''}.${elsewhere}`;
}
