import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { SearchPage } from '../pages/SearchPage';
import { Layout } from './Layout';

// The search page is the front door and ships in the first chunk; every other page loads when
// visited.
const InterventionPage = lazy(() => import('../pages/InterventionPage'));
const ProjectPage = lazy(() => import('../pages/ProjectPage'));
const OrganizationPage = lazy(() => import('../pages/OrganizationPage'));
const LearningNetworkPage = lazy(() => import('../pages/LearningNetworkPage'));
const TermPage = lazy(() => import('../pages/TermPage'));
const TermsPage = lazy(() => import('../pages/TermsPage'));
const SignInPage = lazy(() => import('../pages/SignInPage'));
const EditorWorkspacePage = lazy(() => import('../pages/EditorWorkspacePage'));
const ProjectEditorPage = lazy(() => import('../pages/ProjectEditorPage'));
const ForgotPasswordPage = lazy(() => import('../pages/ForgotPasswordPage'));
const SetPasswordPage = lazy(() => import('../pages/SetPasswordPage'));
const AdminPage = lazy(() => import('../pages/AdminPage'));
const EvidenceMapPage = lazy(() => import('../pages/EvidenceMapPage'));
const KnowledgeGapsPage = lazy(() => import('../pages/KnowledgeGapsPage'));
const SessionsPage = lazy(() => import('../pages/SessionsPage'));
const SessionPage = lazy(() => import('../pages/SessionPage'));
const RecordSessionPage = lazy(() => import('../pages/RecordSessionPage'));
const TermHistoryPage = lazy(() => import('../pages/TermHistoryPage'));
const NetworkPage = lazy(() => import('../pages/NetworkPage'));
const FollowedPage = lazy(() => import('../pages/FollowedPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'interventies/:slug', element: <InterventionPage /> },
      { path: 'projecten/:slug', element: <ProjectPage /> },
      { path: 'organisaties/:slug', element: <OrganizationPage /> },
      { path: 'netwerken/:slug', element: <LearningNetworkPage /> },
      { path: 'begrippen', element: <TermsPage /> },
      { path: 'begrippen/:slug', element: <TermPage /> },
      { path: 'begrippen/:slug/verloop', element: <TermHistoryPage /> },
      { path: 'bijeenkomsten', element: <SessionsPage /> },
      { path: 'bijeenkomsten/nieuw', element: <RecordSessionPage /> },
      { path: 'bijeenkomsten/:slug', element: <SessionPage /> },
      { path: 'netwerk', element: <NetworkPage /> },
      { path: 'bewijskaart', element: <EvidenceMapPage /> },
      { path: 'kennislacunes', element: <KnowledgeGapsPage /> },
      { path: 'gevolgd', element: <FollowedPage /> },
      { path: 'inloggen', element: <SignInPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      // The paths of the links in invitation and password-reset mails (the API builds them).
      { path: 'uitnodiging', element: <SetPasswordPage purpose="invitation" /> },
      { path: 'wachtwoord-herstellen', element: <SetPasswordPage purpose="reset" /> },
      { path: 'beheer', element: <AdminPage /> },
      { path: 'redactie', element: <EditorWorkspacePage /> },
      { path: 'redactie/projecten/nieuw', element: <ProjectEditorPage /> },
      { path: 'redactie/projecten/:slug', element: <ProjectEditorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
