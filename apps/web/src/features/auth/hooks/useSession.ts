import { useSyncExternalStore } from 'react';
import { sessionStore, type Session, type SessionState } from '../lib/session-store';

// The store is also read when a component renders to static markup (tests), hence the third argument.

/** The signed-in session, or null (signed out, or still checking the session cookie). */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

/** Also tells "still checking" from "signed out", for pages that must wait before refusing. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, sessionStore.getState);
}
