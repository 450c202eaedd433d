/**
 * Start failures of the managed server. The happy path, crash restarts and stopping are
 * covered against the real server in meilisearch.engine.spec.ts.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
});
