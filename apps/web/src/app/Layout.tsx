import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { SessionEndedNotice } from '../features/auth/components/SessionEndedNotice';
import { useSessionState } from '../features/auth/hooks/useSession';
import { LoadingState } from '../shared/components/LoadingState';
import { SiteHeader } from './SiteHeader';

/** After a client-side navigation, move focus to the new page's content, as a page load would. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}

export function Layout() {
  const { t } = useTranslation();
  const state = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useFocusMainOnNavigation();
  const [signOutFailed, setSignOutFailed] = useState(false);

  // Leave the page first: an editor with unsaved changes is asked (and may stay), and the
  // session ends only once the page is left.
  const signOut = () => {
    setSignOutFailed(false);
    void navigate('/', { state: { signOut: true } });
  };
  const signingOut = (location.state as { signOut?: boolean } | null)?.signOut === true;
  useEffect(() => {
    if (!signingOut) return;
    void (async () => {
      try {
        const { signOut: endSession } = await import('../features/auth/lib/sign-out');
        await endSession();
      } catch {
        setSignOutFailed(true);
      }
      void navigate('/', { replace: true, state: null });
    })();
  }, [signingOut, navigate]);

  return (
    <>
      <SiteHeader session={state} onSignOut={signOut} />
      <SessionEndedNotice />
      {signOutFailed && (
        <div className="site-alert notice notice--error" role="alert">
          <p>{t('app.signOutFailed')}</p>
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<LoadingState label={t('app.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>{t('app.footerLicence')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
