import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { ADMIN_ROLES, EDITORIAL_ROLES, FOLLOW_ROLES, hasRole, KNOWLEDGE_GAP_ROLES } from '../features/auth/lib/permissions';
import type { SessionState } from '../features/auth/lib/session-store';
import { currentLanguage, switchLanguage } from '../i18n/i18n';

interface SiteHeaderProps {
  session: SessionState;
  onSignOut: () => void;
}

/**
 * The skip link and the header of every page. Its signed-out Dutch form is also written into
 * index.html (see static-shell.test.tsx), so the first paint does not wait for the JavaScript.
 */
export function SiteHeader({ session, onSignOut }: SiteHeaderProps) {
  const { t } = useTranslation();
  const user = session.status === 'signedIn' ? session.session.user : null;
  const otherLanguage = currentLanguage() === 'nl' ? 'en' : 'nl';
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
              <li>
                <NavLink to="/bewijskaart">{t('app.navEvidenceMap')}</NavLink>
              </li>
              <li>
                <NavLink to="/netwerk">{t('app.navNetwork')}</NavLink>
              </li>
              {hasRole(user, FOLLOW_ROLES) && (
                <li>
                  <NavLink to="/gevolgd">{t('app.navFollowed')}</NavLink>
                </li>
              )}
              {hasRole(user, KNOWLEDGE_GAP_ROLES) && (
                <li>
                  <NavLink to="/kennislacunes">{t('app.navKnowledgeGaps')}</NavLink>
                </li>
              )}
              {hasRole(user, EDITORIAL_ROLES) && (
                <li>
                  <NavLink to="/redactie">{t('app.navEditor')}</NavLink>
                </li>
              )}
              {hasRole(user, ADMIN_ROLES) && (
                <li>
                  <NavLink to="/beheer">{t('app.navAdmin')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="site-header__tools">
            {user ? (
              <>
                <span className="session-user">{t('app.signedInAs', { name: user.name })}</span>
                <button type="button" className="button button--quiet" onClick={onSignOut}>
                  {t('app.signOut')}
                </button>
              </>
            ) : session.status === 'signedOut' ? (
              <Link to="/inloggen" className="button button--quiet">
                {t('app.signIn')}
              </Link>
            ) : (
              // While the session cookie is checked: hold the line the name will take (no jump).
              <span className="session-user session-user--pending" aria-hidden="true" />
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
    </>
  );
}
