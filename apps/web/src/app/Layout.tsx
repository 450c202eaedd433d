import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { EDITORIAL_ROLES, hasRole } from '../features/auth/lib/permissions';
import { sessionStore } from '../features/auth/lib/session-store';
import { currentLanguage, switchLanguage } from '../i18n/i18n';
import { LoadingState } from '../shared/components/LoadingState';

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
  const session = useSession();
  const navigate = useNavigate();
  const main = useFocusMainOnNavigation();
  const otherLanguage = currentLanguage() === 'nl' ? 'en' : 'nl';

  const signOut = async () => {
    sessionStore.signOut();
    // Nothing the signed-in person could see may stay in the cache.
    const { apolloClient } = await import('./apollo-client');
    await apolloClient.clearStore();
    navigate('/');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M7 9l3.5 14L16 12l5.5 11L25 9" />
            </svg>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <nav aria-label={t('app.mainNavigation')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('app.navSearch')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/begrippen">{t('app.navTerms')}</NavLink>
              </li>
              {hasRole(session?.user, EDITORIAL_ROLES) && (
                <li>
                  <NavLink to="/redactie">{t('app.navEditor')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="site-header__tools">
            {session ? (
              <>
                <span className="session-user">{t('app.signedInAs', { name: session.user.name })}</span>
                <button type="button" className="button button--quiet" onClick={signOut}>
                  {t('app.signOut')}
                </button>
              </>
            ) : (
              <Link to="/inloggen" className="button button--quiet">
                {t('app.signIn')}
              </Link>
            )}
            <button
              type="button"
              className="button button--quiet"
              lang={otherLanguage}
              aria-label={t('app.switchLanguageLabel')}
              onClick={() => switchLanguage(otherLanguage)}
            >
              {t('app.switchLanguage')}
            </button>
          </div>
        </div>
      </header>
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
