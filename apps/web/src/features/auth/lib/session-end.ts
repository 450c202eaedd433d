import type { GraphQLErrorShape } from '../../../shared/lib/graphql-fetch';

/**
 * Why the API refused a session the app believed in: `expired` (timed out, signed out elsewhere,
 * account turned off) or `revokedForSafety` (ended because a used session token came back,
 * perhaps stolen: the person should know, and may want a new password).
 */
export type SessionEndReason = 'expired' | 'revokedForSafety';

/** The API's `extensions.reason` next to UNAUTHENTICATED when it ended a session for safety. */
const REVOKED_FOR_SAFETY = 'SESSION_REVOKED_REUSE';

/** Whether, and why, these errors of one answer say that the session ended; null when they do not. */
export function sessionEndIn(errors: readonly GraphQLErrorShape[]): SessionEndReason | null {
  const refusal = errors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
  if (!refusal) return null;
  return refusal.extensions?.['reason'] === REVOKED_FOR_SAFETY ? 'revokedForSafety' : 'expired';
}
