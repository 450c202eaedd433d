/**
 * The embedded search server: a real Meilisearch that the app starts on loopback, with its
 * data, master key and log in the app's data folder. Used when no MEILI_HOST is configured.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareMeilisearchBinary } from './meilisearch-binary';
import { MeilisearchProcess, type SearchLogger, type ServerRecord } from './meilisearch-process';
import { isProcessOwner, isRunning } from './process-owner';

export type { SearchLogger } from './meilisearch-process';

export interface ManagedMeilisearchOptions {
  dataDir: string;
  /** Binary to run instead of the packaged one (MEILI_BINARY). */
  binaryPath?: string;
  logger?: SearchLogger;
  startTimeoutMs?: number;
}

export interface ManagedMeilisearch {
  host: string;
  apiKey: string;
  /** Process id of the server now running; it changes when the server is restarted. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

const MASTER_KEY_FILE = 'meili-master-key';
const PID_FILE = 'meili.pid';

export async function startManagedMeilisearch(options: ManagedMeilisearchOptions): Promise<ManagedMeilisearch> {
  const dataDir = path.resolve(options.dataDir);
  const logger = options.logger ?? console;
  await mkdir(dataDir, { recursive: true });
  const binary = await prepareMeilisearchBinary(dataDir, options.binaryPath);
  const apiKey = await readOrCreateMasterKey(dataDir);
  const pidFile = path.join(dataDir, PID_FILE);
  await stopOrphanedServer(pidFile, binary, logger);
  const port = await findFreePort();

  const server = new MeilisearchProcess({
    binary,
    args: [
      '--http-addr', `127.0.0.1:${port}`,
      '--db-path', path.join(dataDir, 'meili'),
      '--env', 'development',
      '--no-analytics',
      '--max-indexing-memory', '1 GiB',
      // Meilisearch indexes on half the cores by default; a rebuild is rare and waited for, and on
      // two cores all of them took 100k documents from 38–39 s to 33–37 s (npm run bench:search).
      '--max-indexing-threads', String(availableParallelism()),
      // INFO logs every request; the log file would grow with every search.
      '--log-level', 'WARN',
    ],
    env: serverEnvironment(apiKey),
    // Dumps and snapshots default to paths relative to the working directory.
    cwd: dataDir,
    port,
    logFile: path.join(dataDir, 'meili.log'),
    pidFile,
    startTimeoutMs: options.startTimeoutMs ?? 30_000,
    logger,
  });
  await server.start();
  return {
    host: server.host,
    apiKey,
    get pid() {
      return server.pid;
    },
    stop: () => server.stop(),
  };
}

/**
 * The key is passed through the environment rather than `--master-key`, because command
 * lines are visible to every user of the machine and environments are not.
 * Other MEILI_* variables (MEILI_HOST, MEILI_CONFIG_FILE_PATH, …) are meant for the app or
 * an external server and would otherwise reconfigure this one.
 */
function serverEnvironment(apiKey: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  return { ...env, MEILI_MASTER_KEY: apiKey, NO_COLOR: '1' };
}

/** Generated once and kept, so the index stays readable across restarts of the app. */
async function readOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  try {
    await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await chmod(file, 0o600);
  }
  return (await readFile(file, 'utf8')).trim();
}

/**
 * A server left behind by an app that was killed outright still holds the database; two
 * servers on one database corrupt each other's task queue. It is recognised by its pid file
 * and by running our binary, so an unrelated process that reused the pid is left alone; and
 * it is only stopped when the process that started it is gone: a server of a running app is
 * that app's, and a second start on the same folder is refused instead.
 */
async function stopOrphanedServer(pidFile: string, binary: string, logger: SearchLogger): Promise<void> {
  const server = await readServerRecord(pidFile);
  if (!server || (await commandOf(server.pid)) !== binary) return;
  if (server.owner && isRunning(server.owner)) {
    throw new Error(
      `De Meilisearch in ${path.dirname(pidFile)} (pid ${server.pid}) hoort bij een proces dat nog draait ` +
        `(pid ${server.owner.pid} op ${server.owner.host}). Stop dat proces eerst, of gebruik een eigen DATA_DIR; ` +
        'twee servers op één index beschadigen die.',
    );
  }
  const { pid } = server;
  logger.warn(`Achtergebleven Meilisearch (pid ${pid}) gebruikt deze data nog; die wordt eerst gestopt.`);
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; (await commandOf(pid)) === binary; waited += 100) {
    if (waited === 5_000) process.kill(pid, 'SIGKILL');
    await sleep(100);
  }
}

/** The pid file: JSON with the owner, or (written by an older version) the bare pid, owner unknown. */
async function readServerRecord(pidFile: string): Promise<ServerRecord | undefined> {
  let record: unknown;
  try {
    record = JSON.parse(await readFile(pidFile, 'utf8'));
  } catch {
    return undefined;
  }
  const { pid, owner } = typeof record === 'number' ? { pid: record, owner: undefined } : (record as Partial<ServerRecord>);
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, owner: isProcessOwner(owner) ? owner : undefined };
}

/** The executable of a running process, from /proc (Linux, where the packaged binary runs). */
async function commandOf(pid: number): Promise<string | undefined> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return cmdline?.split('\0')[0];
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
