/**
 * One supervised Meilisearch server process: started, watched, restarted with backoff when
 * it dies on its own, and stopped on request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { open, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { currentProcessOwner, type ProcessOwner } from './process-owner';

export interface SearchLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What the pid file holds: the server, and the process that started it and will stop it. */
export interface ServerRecord {
  pid: number;
  owner?: ProcessOwner;
}

export interface MeilisearchProcessConfig {
  binary: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  port: number;
  logFile: string;
  pidFile: string;
  startTimeoutMs: number;
  logger: SearchLogger;
}

const HEALTH_POLL_MS = 50;
const STOP_GRACE_MS = 5_000;
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;
/** A server that ran this long counts as healthy again, so its next crash restarts quickly. */
const STABLE_AFTER_MS = 60_000;

export class MeilisearchProcess {
  readonly host: string;
  private child?: ChildProcess;
  private serving = false;
  private stopping = false;
  private startedAt = 0;
  private consecutiveFailures = 0;
  private restartTimer?: NodeJS.Timeout;
  /** Process 'exit' handlers must be synchronous: signal the server and let it shut down on its own. */
  private readonly terminateOnExit = (): void => void this.child?.kill('SIGTERM');

  constructor(private readonly config: MeilisearchProcessConfig) {
    this.host = `http://127.0.0.1:${config.port}`;
  }

  /** Process id of the server now running; it changes after a restart. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    process.on('exit', this.terminateOnExit);
    try {
      await this.launch();
    } catch (error) {
      process.off('exit', this.terminateOnExit);
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.off('exit', this.terminateOnExit);
    if (this.child) await terminate(this.child);
    await rm(this.config.pidFile, { force: true });
  }

  private async launch(): Promise<void> {
    const child = await this.spawnServer();
    this.child = child;
    try {
      await this.waitUntilHealthy(child);
    } catch (error) {
      await terminate(child);
      throw error;
    }
    this.startedAt = Date.now();
    this.serving = true;
  }

  private async spawnServer(): Promise<ChildProcess> {
    const { binary, args, env, cwd, logFile, pidFile } = this.config;
    const log = await open(logFile, 'a');
    try {
      await log.write(`\n--- ${new Date().toISOString()} start ${binary} ---\n`);
      const child = spawn(binary, args, { cwd, env, stdio: ['ignore', log.fd, log.fd] });
      if (child.pid === undefined) {
        const [error] = (await once(child, 'error')) as [Error];
        throw new Error(`Meilisearch kon niet starten (${binary}): ${error.message}`, { cause: error });
      }
      child.on('error', (error) => this.config.logger.error(`Meilisearch-proces: ${error.message}`));
      child.once('exit', () => this.onServerExit(child));
      const record: ServerRecord = { pid: child.pid, owner: currentProcessOwner() };
      await writeFile(pidFile, JSON.stringify(record));
      return child;
    } finally {
      await log.close();
    }
  }

  private async waitUntilHealthy(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + this.config.startTimeoutMs;
    const { logFile } = this.config;
    while (Date.now() < deadline) {
      if (hasExited(child)) {
        throw new Error(
          `Meilisearch stopte tijdens het starten (${exitDescription(child)}); zie ${logFile}.${await logTail(logFile)}`,
        );
      }
      if (await isHealthy(this.config.port)) return;
      await sleep(HEALTH_POLL_MS);
    }
    throw new Error(
      `Meilisearch antwoordde niet binnen ${this.config.startTimeoutMs} ms op ${this.host}/health; ` +
        `zie ${logFile}.${await logTail(logFile)}`,
    );
  }

  private onServerExit(child: ChildProcess): void {
    if (this.stopping || child !== this.child || !this.serving) return;
    this.serving = false;
    if (Date.now() - this.startedAt >= STABLE_AFTER_MS) this.consecutiveFailures = 0;
    this.config.logger.warn(`Meilisearch stopte onverwacht (${exitDescription(child)}); zie ${this.config.logFile}.`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const delay = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** this.consecutiveFailures++);
    this.config.logger.warn(`Meilisearch wordt over ${delay} ms opnieuw gestart.`);
    this.restartTimer = setTimeout(() => void this.restart(), delay);
    this.restartTimer.unref();
  }

  private async restart(): Promise<void> {
    try {
      await this.launch();
      this.config.logger.log(`Meilisearch draait weer op ${this.host}.`);
    } catch (error) {
      if (this.stopping) return;
      this.config.logger.error(`Herstart van Meilisearch mislukt: ${(error as Error).message}`);
      this.scheduleRestart();
    }
  }
}

/** SIGTERM, SIGKILL after a grace period, and wait until the process is gone. */
async function terminate(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(killer);
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exitDescription(child: ChildProcess): string {
  return child.signalCode ? `signaal ${child.signalCode}` : `exitcode ${child.exitCode}`;
}

function isHealthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/health', agent: false, timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** The end of the log, so a start failure explains itself without opening the file. */
async function logTail(logFile: string, bytes = 2_000): Promise<string> {
  const log = await open(logFile, 'r');
  try {
    const { size } = await log.stat();
    const start = Math.max(0, size - bytes);
    const { buffer, bytesRead } = await log.read(Buffer.alloc(size - start), 0, size - start, start);
    return `\n${buffer.subarray(0, bytesRead).toString('utf8').trim()}`;
  } finally {
    await log.close();
  }
}
