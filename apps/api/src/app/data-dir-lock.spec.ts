/**
 * One process at a time on an embedded data folder: a second opener (the app, or a command
 * such as `npm run search:check`) is refused while the first runs, and a lock left by a
 * process that was killed is taken over. The holders are real second processes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { killOutright, runNode, startHolder } from '../../../../tools/jest/child-process';
import { loadConfig } from './config';
import { createApp } from './create-app';
import { LOCK_FILE, lockDataDir, THE_APP } from './data-dir-lock';

const holdLock = (dataDir: string, purpose: string) =>
  startHolder(`require('./apps/api/src/app/data-dir-lock').lockDataDir(${JSON.stringify(dataDir)}, ${JSON.stringify(purpose)}).then(() => console.log('vast'))`, 'vast');

describe('the data folder lock', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkkennis-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a command while the app runs on the folder, saying what to do, and opens nothing', async () => {
    const app = await holdLock(dataDir, THE_APP);
    try {
      // The real command, embedded: no PostgreSQL, no external Meilisearch.
      const check = await runNode(['apps/api/src/cli/search-check.ts'], { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', MEILI_HOST: '' });
      expect(check.status).toBe(1);
      expect(check.output).toContain(
        `Zoekindex controleren mislukt: De app draait op deze DATA_DIR (${dataDir}, pid ${app.pid}); ` +
          'twee processen tegelijk beschadigen de ingebedde gegevens. Stop de app eerst en probeer het dan opnieuw.',
      );
      expect(readdirSync(dataDir)).not.toContain('pglite');
      expect(readdirSync(dataDir)).not.toContain('meili.pid');
    } finally {
      await killOutright(app);
    }
  });

  it('refuses to start the app while a command runs on the folder', async () => {
    const reindex = await holdLock(dataDir, 'npm run reindex');
    try {
      const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
      await expect(createApp(config)).rejects.toThrow(
        `npm run reindex gebruikt deze DATA_DIR (${dataDir}, pid ${reindex.pid}); ` +
          'twee processen tegelijk beschadigen de ingebedde gegevens. Wacht tot dat klaar is en probeer het dan opnieuw.',
      );
      expect(readdirSync(dataDir)).not.toContain('pglite');
    } finally {
      await killOutright(reindex);
    }
  });

  it('takes over the lock of an app that was killed outright, and frees it when done', async () => {
    const app = await holdLock(dataDir, THE_APP);
    await killOutright(app);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const lock = await lockDataDir(dataDir, 'npm run seed');
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'npm run seed' });
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('does not mistake a process that reused the pid of a killed holder for the holder', async () => {
    // The pid runs (it is this test process), but started long after the recorded holder did.
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid, startedAt: '1', host: hostname(), purpose: THE_APP }));
    const lock = await lockDataDir(dataDir, 'npm run seed');
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'npm run seed' });
    lock.release();
  });
});
