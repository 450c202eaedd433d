import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LoginDocument } from '../graphql/login.generated';
import { sessionStore } from '../lib/session-store';

/**
 * Signs in: the API answers with the user and sets the session cookie. Cached data of the
 * previous visitor is dropped.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument);
  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await login({ variables: { email, password } });
      if (!data) return;
      await client.clearStore();
      sessionStore.signIn(data.login.user);
    },
    [login, client],
  );
  return { signIn, loading };
}
