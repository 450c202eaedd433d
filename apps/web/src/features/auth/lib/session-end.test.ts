import { describe, expect, it } from 'vitest';
import { sessionEndIn } from './session-end';
import { sessionStore } from './session-store';

const user = { id: 'u1', email: 'a@b.example', name: 'A', role: 'EDITOR' as const, organization: null };

describe('an ended session', () => {
  it('tells a session ended for safety from one that expired, and from errors that say nothing about it', () => {
    expect(sessionEndIn([{ message: 'Uw sessie is voor de zekerheid beëindigd', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED_REUSE' } }])).toBe('revokedForSafety');
    expect(sessionEndIn([{ message: 'Uw sessie is verlopen', extensions: { code: 'UNAUTHENTICATED' } }])).toBe('expired');
    expect(sessionEndIn([{ message: 'Geen toegang', extensions: { code: 'FORBIDDEN' } }])).toBeNull();
  });

  it('keeps the reason in the session state until the interface has told the person', () => {
    sessionStore.signIn(user);
    sessionStore.expire('revokedForSafety');
    expect(sessionStore.getState()).toEqual({ status: 'signedOut', expired: true, revokedForSafety: true });
    sessionStore.acknowledgeExpiry();
    expect(sessionStore.getState()).toEqual({ status: 'signedOut', expired: false });

    sessionStore.signIn(user);
    sessionStore.expire();
    expect(sessionStore.getState()).toEqual({ status: 'signedOut', expired: true });
  });
});
