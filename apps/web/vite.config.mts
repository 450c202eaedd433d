import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { pagePreloads } from './page-preloads.mts';

// `npm run dev` proxies the API; point API_URL elsewhere when it does not run on :3000.
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), pagePreloads(fileURLToPath(new URL('src/pages', import.meta.url)))],
  // The interface texts (src/i18n/locales/*.json) as one plain object literal, as small as they
  // were as TypeScript: by default Vite wraps large parts in JSON.parse('…'), which costs the
  // initial bundle ~0.3 kB gzipped of its 150 kB budget.
  json: { stringify: false, namedExports: false },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the first page needs in one script and one stylesheet: on a slow mobile
        // link each extra file up front costs a round trip, and every stylesheet blocks the
        // first paint. Pages loaded later keep their own chunks.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/graphql': api, '/health': api },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
