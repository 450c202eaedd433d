import { useCallback } from 'react';
import { useMutation } from '../../../shared/hooks/useMutation';
import { LoginDocument } from '../graphql/login.generated';
import { sessionStore } from '../lib/session-store';

/**
 * Signs in: the API answers with the user and sets the session cookie. Cached data of the
 * previous visitor is dropped as the session changes (app/data-layer.ts).
 */
export function useSignIn() {
  const [login, { loading }] = useMutation(LoginDocument);
  const signIn = useCallback(
    async (email: string, password: string) => {
      const data = await login({ email, password });
      sessionStore.signIn(data.login.user);
    },
    [login],
  );
  return { signIn, loading };
}
