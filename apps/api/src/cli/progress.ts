import { SingleBar } from 'cli-progress';

/** A progress bar on a terminal, a line per 10 % elsewhere (CI logs). */
export function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true });
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let lastDecile = -1;
  return {
    update(done) {
      const decile = total ? Math.floor((done / total) * 10) : 10;
      if (decile > lastDecile) {
        lastDecile = decile;
        console.log(`${label}: ${done}/${total} (${decile * 10}%)`);
      }
    },
    stop() {},
  };
}
