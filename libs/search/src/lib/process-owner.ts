/**
 * Who owns something in the data folder (the folder itself, a managed Meilisearch): a
 * process recorded well enough to tell, later and from another process, whether it still runs.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface ProcessOwner {
  pid: number;
  /** Start time from /proc (clock ticks since boot): a pid is reused, a start time is not. */
  startedAt?: string;
  /** Processes on another machine or in another container cannot be checked from here. */
  host: string;
}

export function currentProcessOwner(): ProcessOwner {
  return { pid: process.pid, startedAt: startTimeOf(process.pid), host: hostname() };
}

/** Whether the owner still runs; when that cannot be told (another host), it counts as running. */
export function isRunning(owner: ProcessOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const startedAt = startTimeOf(owner.pid);
  return owner.startedAt === undefined || startedAt === undefined || startedAt === owner.startedAt;
}

export function isProcessOwner(value: unknown): value is ProcessOwner {
  const owner = value as ProcessOwner | null;
  return typeof owner?.pid === 'number' && typeof owner.host === 'string';
}

/** Field 22 of /proc/<pid>/stat; the process name before it may hold spaces and parentheses. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
