import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const REGISTER_TYPESCRIPT = join(__dirname, 'register-typescript.cjs');

/**
 * A second Node process on the TypeScript sources, for what needs two processes: two
 * openers of one data folder, or an owner that is killed outright (kill -9).
 */
export type NodeProcess = ChildProcess & { output(): string };

export function startNode(args: string[], env: NodeJS.ProcessEnv = process.env): NodeProcess {
  const child = spawn(process.execPath, ['-r', REGISTER_TYPESCRIPT, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

/** Runs a script (`-e`) that prints `line` once it holds what the test needs, and keeps running. */
export async function startHolder(script: string, line: string): Promise<NodeProcess> {
  const child = startNode(['-e', `${script}; setInterval(() => undefined, 1_000);`]);
  const exited = once(child, 'exit');
  while (!child.output().includes(line)) {
    const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 50))]);
    if (stopped) throw new Error(`child stopped before "${line}":\n${child.output()}`);
  }
  return child;
}

/** Runs to the end; its exit code and everything it printed. */
export async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  const child = startNode(args, env);
  const [status] = (await once(child, 'exit')) as [number | null];
  return { status, output: child.output() };
}

/** kill -9: no exit handlers, no cleanup, as when the machine or the OOM killer stops it. */
export async function killOutright(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}
