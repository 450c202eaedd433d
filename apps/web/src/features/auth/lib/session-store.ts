import type { Role } from '../../../graphql/schema-types.generated';
import { fetchGraphQL, GraphQLRequestError } from '../../../shared/lib/graphql-fetch';
import { MeDocument } from '../graphql/me.generated';
import { csrfToken } from './session-cookie';
import { sessionEndIn, type SessionEndReason } from './session-end';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization: { id: string; name: string } | null;
}

export interface Session {
  user: SessionUser;
}

/**
 * - `checking`: the browser has a session cookie and the app is asking the API whose it is;
 * - `signedIn`: the user, for display and for hiding controls (the API decides);
 * - `signedOut`: `expired` when the API refused a session the app believed in, and
 *   `revokedForSafety` too when it ended the session because a used session token came back.
 */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signedIn'; session: Session }
  | { status: 'signedOut'; expired: boolean; revokedForSafety?: boolean };

/**
 * The one place that knows about the session. The session itself is an HttpOnly cookie the
 * API sets on sign-in: no script can read it and nothing here stores a token. This store only
 * keeps who is signed in, learned from the sign-in answer or, after a page load, from `me`.
 */
let state: SessionState = { status: 'signedOut', expired: false };
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

/**
 * Asks the API whose the session cookie is. UNAUTHENTICATED gives why there is no session
 * (none, or one that ended); anything else says nothing about the session.
 */
async function fetchUser(): Promise<SessionUser | SessionEndReason | 'unreachable'> {
  try {
    return (await fetchGraphQL(MeDocument, {})).me;
  } catch (error) {
    return (error instanceof GraphQLRequestError && sessionEndIn(error.errors)) || 'unreachable';
  }
}

async function learnUser(): Promise<void> {
  const user = await fetchUser();
  // A sign-in or sign-out while the answer was on its way wins. Without an answer: signed out.
  if (state.status !== 'checking') return;
  if (typeof user === 'object') publish({ status: 'signedIn', session: { user } });
  // A session ended for safety is explained even on the first page; a cookie that just ran out is not.
  else publish(user === 'revokedForSafety' ? { status: 'signedOut', expired: true, revokedForSafety: true } : { status: 'signedOut', expired: false });
}

const sameUser = (a: SessionUser, b: SessionUser) =>
  a.id === b.id && a.name === b.name && a.email === b.email && a.role === b.role && a.organization?.id === b.organization?.id;

/** Someone who comes back to the tab sees the truth: a session ended elsewhere, a new role. */
const RECHECK_AFTER_MS = 60_000;
let lastChecked = 0;

async function recheck(): Promise<void> {
  lastChecked = Date.now();
  const user = await fetchUser();
  if (state.status !== 'signedIn' || user === 'unreachable') return;
  if (typeof user !== 'object') sessionStore.expire(user);
  else if (!sameUser(user, state.session.user)) publish({ status: 'signedIn', session: { user } });
}

export const sessionStore = {
  getState: (): SessionState => state,
  /** The signed-in session, or null (also while checking). */
  get: (): Session | null => (state.status === 'signedIn' ? state.session : null),
  /**
   * At start-up: with a session cookie present, learn whose it is; later, when the person
   * returns to the tab, check again.
   */
  start(): void {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && state.status === 'signedIn' && Date.now() - lastChecked > RECHECK_AFTER_MS) {
        void recheck();
      }
    });
    if (!csrfToken()) return;
    lastChecked = Date.now();
    publish({ status: 'checking' });
    void learnUser();
  },
  signIn(user: SessionUser): void {
    lastChecked = Date.now();
    publish({ status: 'signedIn', session: { user } });
  },
  signOut: (): void => publish({ status: 'signedOut', expired: false }),
  /** The API refused the session (expired, revoked, account turned off, or ended for safety). */
  expire(reason: SessionEndReason = 'expired'): void {
    if (state.status === 'signedIn') publish({ status: 'signedOut', expired: true, ...(reason === 'revokedForSafety' ? { revokedForSafety: true } : {}) });
  },
  /** The interface has told the person that their session ended. */
  acknowledgeExpiry(): void {
    if (state.status === 'signedOut' && state.expired) publish({ status: 'signedOut', expired: false });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
