import { apolloClient } from '../../../app/apollo-client';
import { describeApiError } from '../../../shared/lib/api-errors';
import { forgetAllDrafts } from '../../../shared/lib/form-drafts';
import { LogoutDocument } from '../graphql/logout.generated';
import { sessionStore } from './session-store';

/**
 * Ends the session on the server (which also clears both cookies), then forgets the user and
 * everything they could see. Loaded on demand: the page frame does not carry Apollo Client.
 * Throws when the API could not be reached, so the person knows they are still signed in.
 */
export async function signOut(): Promise<void> {
  try {
    await apolloClient.mutate({ mutation: LogoutDocument });
  } catch (error) {
    // A session the API no longer knows is signed out already.
    if (describeApiError(error).kind !== 'unauthenticated') throw error;
  }
  sessionStore.signOut();
  forgetAllDrafts();
  await apolloClient.clearStore();
}

/**
 * After the API refused the session: nothing the person could see may stay in the cache. Their
 * unsaved drafts stay (keyed to them) for when they sign in again.
 */
export async function forgetCachedData(): Promise<void> {
  await apolloClient.clearStore();
}
