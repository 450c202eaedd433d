import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import lazyPageRoutes from './pages.json';

const pageModules = Object.keys(import.meta.glob('../pages/*Page.tsx')).map((file) => file.replace(/^\.\.\/pages\/(.*)\.tsx$/, '$1'));

describe('the table of lazily loaded pages (pages.json)', () => {
  it('names only modules that exist in src/pages', () => {
    expect(lazyPageRoutes.map(({ module }) => module).filter((module) => !pageModules.includes(module))).toEqual([]);
  });

  it('has a route to every page in src/pages but the search page, which ships with the app', () => {
    const routed = new Set(lazyPageRoutes.map(({ module }) => module));
    expect(pageModules.filter((module) => !routed.has(module))).toEqual(['SearchPage']);
  });

  it('lists a path before every path with a parameter that would also fit it (the server takes the first that fits)', () => {
    const overtaken = lazyPageRoutes.flatMap(({ path }, index) =>
      lazyPageRoutes
        .slice(0, index)
        .filter((earlier) => earlier.path.includes(':') && matchPath(`/${earlier.path}`, `/${path}`))
        .map((earlier) => `${earlier.path} before ${path}`),
    );
    expect(overtaken).toEqual([]);
  });

  it('has each path once, and the page for unknown addresses last', () => {
    const paths = lazyPageRoutes.map(({ path }) => path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.at(-1)).toBe('*');
  });
});
