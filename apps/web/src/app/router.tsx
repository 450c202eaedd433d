import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { SearchPage } from '../pages/SearchPage';
import { Layout } from './Layout';
import { lazyWithData } from './lazy-with-data';

// The search page's frame is the front door and ships in the first chunk; every other page
// loads when visited.
const InterventionPage = lazyWithData(() => import('../pages/InterventionPage'));
const ProjectPage = lazyWithData(() => import('../pages/ProjectPage'));
const OrganizationPage = lazyWithData(() => import('../pages/OrganizationPage'));
const LearningNetworkPage = lazyWithData(() => import('../pages/LearningNetworkPage'));
const TermPage = lazyWithData(() => import('../pages/TermPage'));
const TermsPage = lazyWithData(() => import('../pages/TermsPage'));
const SignInPage = lazyWithData(() => import('../pages/SignInPage'));
const EditorWorkspacePage = lazyWithData(() => import('../pages/EditorWorkspacePage'));
const ProjectEditorPage = lazyWithData(() => import('../pages/ProjectEditorPage'));
const ForgotPasswordPage = lazyWithData(() => import('../pages/ForgotPasswordPage'));
const SetPasswordPage = lazyWithData(() => import('../pages/SetPasswordPage'));
const AdminPage = lazyWithData(() => import('../pages/AdminPage'));
const EvidenceMapPage = lazyWithData(() => import('../pages/EvidenceMapPage'));
const KnowledgeGapsPage = lazyWithData(() => import('../pages/KnowledgeGapsPage'));
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
      { path: 'bewijskaart', element: <EvidenceMapPage /> },
      { path: 'kennislacunes', element: <KnowledgeGapsPage /> },
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
