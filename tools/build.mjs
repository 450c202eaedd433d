#!/usr/bin/env node
// Compiles the API and its libraries with SWC into dist/ (one file per source file, path
// aliases rewritten to relative imports). Fast enough to run before every `npm start`.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

const root = process.cwd();
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));
const sourceRoots = ['apps/api/src', ...(await readdir(join(root, 'libs'))).map((lib) => `libs/${lib}/src`)];

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const started = performance.now();
const files = [];
for (const sourceRoot of sourceRoots) for await (const file of sources(join(root, sourceRoot))) files.push(file);
await Promise.all(
  files.map(async (file) => {
    const out = join(root, 'dist', relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceMaps: true,
      outputPath: out,
      jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
    });
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
    if (map) await writeFile(`${out}.map`, map);
  }),
);
console.log(`build: ${files.length} files compiled in ${Math.round(performance.now() - started)} ms`);
