import { CSRF_HEADER, csrfToken } from '../features/auth/lib/session-cookie';
import { sessionEndIn } from '../features/auth/lib/session-end';
import { type SessionState, sessionStore } from '../features/auth/lib/session-store';
import { currentLanguage } from '../i18n/i18n';
import { connectGraphQL } from '../shared/lib/graphql-fetch';
import { queryCache } from '../shared/lib/query-cache';

/** Whom the API answers: what it shows depends on the person, their role and their organisation. */
const audienceOf = (state: SessionState) => {
  if (state.status !== 'signedIn') return null;
  const { id, role, organization } = state.session.user;
  return `${id}:${role}:${organization?.id ?? ''}`;
};

/**
 * Ties the data layer (shared/lib) to the session (features/auth), which it must not import
 * itself. Every request carries the reader's language and, as mutations need, the CSRF token
 * that comes with the HttpOnly session cookie; a refused session ends the session in the
 * interface; and when another person signs in or out, the session ends or the person's role
 * changes, every cached answer is forgotten: the one place where the session invalidates data.
 */
export function connectDataLayer(): void {
  connectGraphQL({
    headers: () => {
      const csrf = csrfToken();
      return { 'accept-language': currentLanguage(), ...(csrf ? { [CSRF_HEADER]: csrf } : {}) };
    },
    // Only a session the app believed in ends here; the store ignores the rest.
    onUnauthenticated: (errors) => sessionStore.expire(sessionEndIn(errors) ?? 'expired'),
  });

  // Answers that arrived while the session cookie was being checked were already asked as that person.
  let last = sessionStore.getState();
  sessionStore.subscribe(() => {
    const before = last;
    last = sessionStore.getState();
    if (before.status === 'checking' || last.status === 'checking') return;
    if (audienceOf(before) !== audienceOf(last)) queryCache.clear();
  });
}
