import { useMutation } from '../../../shared/hooks/useMutation';
import { RequestPasswordResetDocument } from '../graphql/request-password-reset.generated';

/** Asks for a reset link; the API answers the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetDocument);
  return { requestReset: (email: string) => mutate({ email }), loading };
}
