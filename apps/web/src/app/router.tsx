import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type Params, type RouteObject } from 'react-router';
import { SearchPage } from '../pages/SearchPage';
import { Layout } from './Layout';
import lazyPageRoutes from './pages.json';

/** What a route's handle offers: its page's code, and what the page asks for, before the page is first shown. */
interface Preloadable {
  preload: (params: Params) => Promise<void>;
}

/**
 * A route to a page that loads when first shown. The table (pages.json) is data because the build
 * reads it too: page-preloads.mts writes down which files each page needs, so that the server can
 * send a page's code on its way with the HTML. `props` are fixed props of the page (the paths of
 * the invitation and password-reset mails share one page).
 */
interface LazyPageRoute {
  path: string;
  module: string;
  props?: Record<string, string>;
}

/** A page module; `prefetch` asks for the page's data given the route's parameters. */
interface PageModule<P> {
  default: ComponentType<P>;
  prefetch?: (params: Params) => void;
}

/** A page whose code loads when it is first shown; `preload` starts that sooner, and the page's data with it. */
function lazyPage(load: () => Promise<PageModule<Record<string, string>>>): LazyExoticComponent<ComponentType<Record<string, string>>> & Preloadable {
  return Object.assign(lazy(load), { preload: async (params: Params) => (await load()).prefetch?.(params) });
}

// The search page is the front door and ships in the first chunk; every other page loads when
// visited, one chunk per module in src/pages.
const pageModules = import.meta.glob<PageModule<Record<string, string>>>(['../pages/*Page.tsx', '!../pages/SearchPage.tsx']);
const lazyPages = new Map(Object.entries(pageModules).map(([file, load]) => [file, lazyPage(load)]));

/** The route to a page in src/pages, with its props, if any. */
function page({ path, module, props = {} }: LazyPageRoute): RouteObject {
  const Page = lazyPages.get(`../pages/${module}.tsx`);
  if (!Page) throw new Error(`No page module src/pages/${module}.tsx for ${path}`);
  return { path, element: <Page {...props} />, handle: { preload: Page.preload } satisfies Preloadable };
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [{ index: true, element: <SearchPage /> }, ...(lazyPageRoutes as LazyPageRoute[]).map(page)],
  },
]);

/**
 * The page the app opens on: its code, and then its data, are asked for at once, not after the
 * app's first render has asked for them; on a slow phone that render takes long enough to matter.
 */
export function preloadOpeningPage(): void {
  for (const { route, params } of router.state.matches) void (route.handle as Preloadable | undefined)?.preload(params);
}
