/**
 * Start failures of the managed server, and a second start on a folder that already has
 * one. The happy path, crash restarts and stopping are covered against the real server in
 * meilisearch.engine.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killOutright, startHolder } from '../../../../tools/jest/child-process';
import { startManagedMeilisearch } from './managed-meilisearch';

describe('startManagedMeilisearch', () => {
  const logger = { log: () => undefined, warn: () => undefined, error: () => undefined };
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'werkkennis-meili-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names the log file when the server exits while starting', async () => {
    await expect(startManagedMeilisearch({ dataDir, binaryPath: '/bin/false', logger })).rejects.toThrow(
      `Meilisearch stopte tijdens het starten (exitcode 1); zie ${path.join(dataDir, 'meili.log')}.`,
    );
  });

  it('says which binary could not be started', async () => {
    const binaryPath = path.join(dataDir, 'bestaat-niet');
    await expect(startManagedMeilisearch({ dataDir, binaryPath, logger })).rejects.toThrow(
      `Meilisearch kon niet starten (${binaryPath})`,
    );
  });

  it('keeps one strong master key, readable only by the owner', async () => {
    await startManagedMeilisearch({ dataDir, binaryPath: '/bin/false', logger }).catch(() => undefined);
    const keyFile = path.join(dataDir, 'meili-master-key');
    const key = await readFile(keyFile, 'utf8');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

    await startManagedMeilisearch({ dataDir, binaryPath: '/bin/false', logger }).catch(() => undefined);
    expect(await readFile(keyFile, 'utf8')).toBe(key);
  });

  describe('a second start on a folder that has a server', () => {
    const isHealthy = async (host: string) => (await fetch(`${host}/health`)).ok;
    /** Runs, and is not a zombie waiting for init to reap it (the killed owner cannot). */
    const runs = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };

    it('leaves the server of a running owner alone and is refused', async () => {
      const first = await startManagedMeilisearch({ dataDir, logger });
      try {
        await expect(startManagedMeilisearch({ dataDir, logger })).rejects.toThrow(
          `De Meilisearch in ${dataDir} (pid ${first.pid}) hoort bij een proces dat nog draait (pid ${process.pid}`,
        );
        expect(await isHealthy(first.host)).toBe(true);
      } finally {
        await first.stop();
      }
    });

    it('stops the server of an owner that was killed outright, and starts its own', async () => {
      const owner = await startHolder(
        `require('./libs/search/src/lib/managed-meilisearch').startManagedMeilisearch({ dataDir: ${JSON.stringify(dataDir)} })` +
          '.then((server) => console.log(`meili ${server.pid}`))',
        'meili ',
      );
      await killOutright(owner);
      const orphan = Number(/meili (\d+)/.exec(owner.output())![1]);
      expect(runs(orphan)).toBe(true);

      const warnings: string[] = [];
      const server = await startManagedMeilisearch({ dataDir, logger: { ...logger, warn: (message) => warnings.push(message) } });
      try {
        expect(runs(orphan)).toBe(false);
        expect(warnings).toContain(`Achtergebleven Meilisearch (pid ${orphan}) gebruikt deze data nog; die wordt eerst gestopt.`);
        expect(await isHealthy(server.host)).toBe(true);
      } finally {
        await server.stop();
      }
    });
  });
});
