import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-rules';

describe('checkNewPassword', () => {
  it('accepts twelve characters, confirmed', () => {
    expect(checkNewPassword('twaalf tekens', 'twaalf tekens')).toEqual({});
  });

  it('asks for both fields', () => {
    expect(checkNewPassword('', '')).toEqual({ password: 'required', confirmation: 'confirmationRequired' });
  });

  it('refuses a short password and a confirmation that differs', () => {
    expect(checkNewPassword('kort', 'anders')).toEqual({ password: 'tooShort', confirmation: 'mismatch' });
  });
});
