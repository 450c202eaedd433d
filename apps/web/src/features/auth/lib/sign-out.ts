import { describeApiError } from '../../../shared/lib/api-errors';
import { forgetAllDrafts } from '../../../shared/lib/form-drafts';
import { fetchGraphQL } from '../../../shared/lib/graphql-fetch';
import { LogoutDocument } from '../graphql/logout.generated';
import { sessionStore } from './session-store';

/**
 * Ends the session on the server (which also clears both cookies), then forgets the user (and
 * with them every cached answer, see app/data-layer.ts) and their unsaved drafts.
 * Throws when the API could not be reached, so the person knows they are still signed in.
 */
export async function signOut(): Promise<void> {
  try {
    await fetchGraphQL(LogoutDocument, {});
  } catch (error) {
    // A session the API no longer knows is signed out already.
    if (describeApiError(error).kind !== 'unauthenticated') throw error;
  }
  sessionStore.signOut();
  forgetAllDrafts();
}
