// Preload (`node -r tools/jest/register-typescript.cjs`) for child processes of tests that run
// the TypeScript sources, e.g. a second process on the same data folder: compiles each .ts
// file with SWC as Jest and the build do, @werkkennis/* aliases included.
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    ...swcrc,
    swcrc: false,
    filename,
    sourceMaps: 'inline',
    jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
  });
  module._compile(code, filename);
};
