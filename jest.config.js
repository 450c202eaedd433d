/**
 * One Jest run for the whole workspace. Specs live beside the code (`*.spec.ts`);
 * SWC compiles them with decorator metadata, as the build does.
 */
const { readFileSync } = require('node:fs');
const swcConfig = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    `<rootDir>/${target}`,
  ]),
);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  // The web app has its own runner (Vitest) and browser tests (apps/web-e2e).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/', '<rootDir>/apps/web-e2e/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }],
    // The meilisearch client, approx-string-match and the Atom writer (feed) ship ES modules only; Jest's CommonJS runtime needs them compiled.
    '/node_modules/(meilisearch|approx-string-match|feed)/.+\\.js$': ['@swc/jest', { swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|approx-string-match|feed)/)'],
  moduleNameMapper,
  testTimeout: 60_000,
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
};
