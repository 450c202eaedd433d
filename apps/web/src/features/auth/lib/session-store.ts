import type { Role } from '../../../graphql/schema-types.generated';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization: { id: string; name: string } | null;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'werkkennis.session';

/**
 * The one place that knows where the session lives. Today: a bearer token in sessionStorage
 * (gone when the tab closes). When sessions move to HttpOnly cookies, only this module changes.
 */
function read(): Session | null {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();
const listeners = new Set<() => void>();

function publish(next: Session | null): void {
  current = next;
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage the session lasts until the page reloads.
  }
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: (): Session | null => current,
  authorizationHeader: (): string | undefined => (current ? `Bearer ${current.token}` : undefined),
  signIn: (session: Session): void => publish(session),
  signOut: (): void => publish(null),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
