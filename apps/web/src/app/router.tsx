import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type Params, type RouteObject } from 'react-router';
import { SearchPage } from '../pages/SearchPage';
import { Layout } from './Layout';

/** What a route's handle offers: its page's code, and what the page asks for, before the page is first shown. */
interface Preloadable {
  preload: (params: Params) => Promise<void>;
}

/** A page module; `prefetch` asks for the page's data given the route's parameters. */
interface PageModule<P> {
  default: ComponentType<P>;
  prefetch?: (params: Params) => void;
}

/** A page whose code loads when it is first shown; `preload` starts that sooner, and the page's data with it. */
function lazyPage<P extends object>(load: () => Promise<PageModule<P>>): LazyExoticComponent<ComponentType<P>> & Preloadable {
  return Object.assign(lazy(load), { preload: async (params: Params) => (await load()).prefetch?.(params) });
}

/** The route to a page that loads when first shown (with these props, if any). */
function page<P extends object>(path: string, Page: LazyExoticComponent<ComponentType<P>> & Preloadable, props = {} as P): RouteObject {
  return { path, element: <Page {...props} />, handle: { preload: Page.preload } satisfies Preloadable };
}

// The search page is the front door and ships in the first chunk; every other page loads when
// visited.
const InterventionPage = lazyPage(() => import('../pages/InterventionPage'));
const ProjectPage = lazyPage(() => import('../pages/ProjectPage'));
const OrganizationPage = lazyPage(() => import('../pages/OrganizationPage'));
const LearningNetworkPage = lazyPage(() => import('../pages/LearningNetworkPage'));
const TermPage = lazyPage(() => import('../pages/TermPage'));
const TermsPage = lazyPage(() => import('../pages/TermsPage'));
const SignInPage = lazyPage(() => import('../pages/SignInPage'));
const EditorWorkspacePage = lazyPage(() => import('../pages/EditorWorkspacePage'));
const ProjectEditorPage = lazyPage(() => import('../pages/ProjectEditorPage'));
const ForgotPasswordPage = lazyPage(() => import('../pages/ForgotPasswordPage'));
const SetPasswordPage = lazyPage(() => import('../pages/SetPasswordPage'));
const AdminPage = lazyPage(() => import('../pages/AdminPage'));
const EvidenceMapPage = lazyPage(() => import('../pages/EvidenceMapPage'));
const KnowledgeGapsPage = lazyPage(() => import('../pages/KnowledgeGapsPage'));
const SessionsPage = lazyPage(() => import('../pages/SessionsPage'));
const SessionPage = lazyPage(() => import('../pages/SessionPage'));
const RecordSessionPage = lazyPage(() => import('../pages/RecordSessionPage'));
const TermHistoryPage = lazyPage(() => import('../pages/TermHistoryPage'));
const NetworkPage = lazyPage(() => import('../pages/NetworkPage'));
const FollowedPage = lazyPage(() => import('../pages/FollowedPage'));
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <SearchPage /> },
      page('interventies/:slug', InterventionPage),
      page('projecten/:slug', ProjectPage),
      page('organisaties/:slug', OrganizationPage),
      page('netwerken/:slug', LearningNetworkPage),
      page('begrippen', TermsPage),
      page('begrippen/:slug', TermPage),
      page('begrippen/:slug/verloop', TermHistoryPage),
      page('bijeenkomsten', SessionsPage),
      page('bijeenkomsten/nieuw', RecordSessionPage),
      page('bijeenkomsten/:slug', SessionPage),
      page('netwerk', NetworkPage),
      page('bewijskaart', EvidenceMapPage),
      page('kennislacunes', KnowledgeGapsPage),
      page('gevolgd', FollowedPage),
      page('inloggen', SignInPage),
      page('wachtwoord-vergeten', ForgotPasswordPage),
      // The paths of the links in invitation and password-reset mails (the API builds them).
      page('uitnodiging', SetPasswordPage, { purpose: 'invitation' }),
      page('wachtwoord-herstellen', SetPasswordPage, { purpose: 'reset' }),
      page('beheer', AdminPage),
      page('redactie', EditorWorkspacePage),
      page('redactie/projecten/nieuw', ProjectEditorPage),
      page('redactie/projecten/:slug', ProjectEditorPage),
      page('*', NotFoundPage),
    ],
  },
]);

/**
 * The page the app opens on: its code, and then its data, are asked for at once, not after the
 * app's first render has asked for them; on a slow phone that render takes long enough to matter.
 */
export function preloadOpeningPage(): void {
  for (const { route, params } of router.state.matches) void (route.handle as Preloadable | undefined)?.preload(params);
}
