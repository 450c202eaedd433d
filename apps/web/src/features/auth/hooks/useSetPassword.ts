import { useMutation } from '../../../shared/hooks/useMutation';
import { SetPasswordDocument } from '../graphql/set-password.generated';

/** Sets a password with the token of an invitation or password-reset link. */
export function useSetPassword() {
  const [mutate, { loading }] = useMutation(SetPasswordDocument);
  return { setPassword: (token: string, password: string) => mutate({ token, password }), loading };
}
