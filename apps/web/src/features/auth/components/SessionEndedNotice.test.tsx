import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import nl from '../../../i18n/locales/nl.json';
import SignInPage from '../../../pages/SignInPage';
import { sessionStore } from '../lib/session-store';
import { SessionEndedNotice } from './SessionEndedNotice';

const user = { id: 'u1', email: 'a@b.example', name: 'A', role: 'EDITOR' as const, organization: null };
const render = (element: React.ReactNode, path = '/zoeken', state?: unknown) =>
  renderToStaticMarkup(<MemoryRouter initialEntries={[{ pathname: path, state }]}>{element}</MemoryRouter>);

describe('a session ended for safety', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({ lng: 'nl', resources: { nl: { translation: nl } }, interpolation: { escapeValue: false } });
  });

  it('is explained on any page, with the way back in', () => {
    sessionStore.signIn(user);
    sessionStore.expire('revokedForSafety');
    const html = render(<SessionEndedNotice />);
    expect(html).toContain('voor de zekerheid beëindigd');
    expect(html).toContain('Opnieuw inloggen');
    sessionStore.acknowledgeExpiry();
    expect(render(<SessionEndedNotice />)).toBe('');
  });

  it('says nothing when a session merely expired', () => {
    sessionStore.signIn(user);
    sessionStore.expire();
    expect(render(<SessionEndedNotice />)).toBe('');
  });

  it('is explained on the sign-in page, instead of "expired"', () => {
    // Nothing is sent while rendering.
    const signInPage = (state: unknown) => render(<SignInPage />, '/inloggen', state);
    const html = signInPage({ expired: true, revokedForSafety: true });
    expect(html).toContain('voor de zekerheid beëindigd');
    expect(html).not.toContain(nl.auth.sessionExpired);
    expect(signInPage({ expired: true })).toContain(nl.auth.sessionExpired);
  });
});
