#!/usr/bin/env node
// Compiles the API and its libraries with SWC into dist/ (one file per source file, path
// aliases rewritten to relative imports; JSON data files copied as they are, for the modules that
// import them), and builds the web app with Vite into dist/apps/web when it is missing or older
// than its sources. Fast enough to run before every `npm start`.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const root = process.cwd();
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));
const sourceRoots = ['apps/api/src', ...(await readdir(join(root, 'libs'))).map((lib) => `libs/${lib}/src`)];

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    // TypeScript but no specs or declarations; JSON data but no spec fixtures.
    else if (/(?<!\.spec|\.d)\.ts$|(?<!\.spec)\.json$/.test(entry.name)) yield path;
  }
}

const started = performance.now();
const files = [];
for (const sourceRoot of sourceRoots) for await (const file of sources(join(root, sourceRoot))) files.push(file);
await Promise.all(
  files.map(async (file) => {
    const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(out), { recursive: true });
    if (file.endsWith('.json')) return copyFile(file, out);
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceMaps: true,
      outputPath: out,
      jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
    });
    await writeFile(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
    if (map) await writeFile(`${out}.map`, map);
  }),
);
console.log(`build: ${files.length} files compiled or copied in ${Math.round(performance.now() - started)} ms`);

// The web app: rebuilt only when a source is newer than the last build (a Vite build takes ~1 s,
// the check a few ms). Everything in apps/web counts, plus the lock file (a changed dependency).
const webRoot = join(root, 'apps/web');
const webIndex = join(root, 'dist/apps/web/index.html');

async function newestChange(path) {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.filter((name) => name !== 'node_modules').map((name) => newestChange(join(path, name))));
  return Math.max(info.mtimeMs, ...times);
}

const builtAt = (await stat(webIndex).catch(() => null))?.mtimeMs ?? 0;
const changedAt = Math.max(await newestChange(webRoot), await newestChange(join(root, 'package-lock.json')));
if (builtAt >= changedAt) {
  console.log('build: web app is up to date (dist/apps/web)');
} else {
  const webStarted = performance.now();
  const vite = await import('vite').catch(() => null);
  if (!vite) {
    console.warn('build: web app not built: Vite is not installed (install the dev dependencies with `npm ci`).');
  } else {
    await vite.build({ configFile: join(webRoot, 'vite.config.mts'), logLevel: 'warn' });
    console.log(`build: web app built in ${Math.round(performance.now() - webStarted)} ms (dist/apps/web)`);
  }
}
