/** The API's minimum (it counts `length`, as here); checked here too, so the person hears it before sending. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'required' | 'tooShort' | 'confirmationRequired' | 'mismatch';

/** What is wrong with a new password and its confirmation, per field; empty when both are fine. */
export function checkNewPassword(password: string, confirmation: string): { password?: PasswordProblem; confirmation?: PasswordProblem } {
  const problems: { password?: PasswordProblem; confirmation?: PasswordProblem } = {};
  if (!password) problems.password = 'required';
  else if (password.length < MIN_PASSWORD_LENGTH) problems.password = 'tooShort';
  if (!confirmation) problems.confirmation = 'confirmationRequired';
  else if (password && confirmation !== password) problems.confirmation = 'mismatch';
  return problems;
}
