import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import lazyPageRoutes from './src/app/pages.json' with { type: 'json' };

/** What a page needs beyond what index.html loads: written to page-preloads.json for the server. */
export interface PagePreload {
  /** The route's path, as React Router matches it (`/begrippen/:slug`). */
  path: string;
  scripts: string[];
  styles: string[];
}

/**
 * Writes page-preloads.json: for every lazily loaded page, its chunk and the chunks and
 * stylesheets that chunk imports, leaving out what the first page load gets anyway. The server
 * puts them in the HTML of that page's address as modulepreload and preload links, so that on a
 * slow phone the page's code downloads beside the app's, not after the app has started.
 */
export function pagePreloads(pagesDir: string): Plugin {
  return {
    name: 'werkkennis:page-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((output): output is Rollup.OutputChunk => output.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const withImports = (fileName: string, into = new Set<string>()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) withImports(imported, into);
        return into;
      };
      const upFront = new Set<string>();
      for (const chunk of chunks.values()) if (chunk.isEntry) withImports(chunk.fileName, upFront);

      const chunkOfModule = new Map([...chunks.values()].map((chunk) => [chunk.facadeModuleId, chunk]));

      const preloads: PagePreload[] = [];
      for (const { path, module } of lazyPageRoutes) {
        if (path === '*') continue;
        const page = chunkOfModule.get(join(pagesDir, `${module}.tsx`));
        if (!page) this.error(`page-preloads: no chunk for src/pages/${module}.tsx (${path})`);
        const scripts = [...withImports(page.fileName)].filter((file) => !upFront.has(file));
        const styles = [...new Set(scripts.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]))];
        preloads.push({ path: `/${path}`, scripts, styles });
      }
      this.emitFile({ type: 'asset', fileName: 'page-preloads.json', source: `${JSON.stringify(preloads, null, 1)}\n` });
    },
  };
}
