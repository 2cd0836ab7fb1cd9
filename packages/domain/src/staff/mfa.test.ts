import { describe, expect, it } from 'vitest';
import {
  authenticatorCodeSchema,
  formatRecoveryCode,
  mfaRequiredFor,
  normalizeRecoveryCode,
  parseSecondFactorCode,
  readsClientRecords,
  secondFactorCodeSchema,
} from './mfa.js';

describe('who must have MFA', () => {
  it('every role that reads client records does; ADMIN does not', () => {
    expect(readsClientRecords('ADMIN')).toBe(false);
    for (const role of ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE'] as const) {
      expect(readsClientRecords(role)).toBe(true);
    }
  });

  it('a program that requires it binds its client-reading roles only', () => {
    const required = new Set(['P']);
    expect(mfaRequiredFor([{ programId: 'P', role: 'CLINICIAN' }], required, false)).toBe(true);
    expect(mfaRequiredFor([{ programId: 'Q', role: 'CLINICIAN' }], required, false)).toBe(false);
    expect(mfaRequiredFor([{ programId: 'P', role: 'ADMIN' }], required, false)).toBe(false);
  });

  it('the installation-wide setting binds every client-reading role in any program', () => {
    expect(mfaRequiredFor([{ programId: 'Q', role: 'INTAKE' }], new Set(), true)).toBe(true);
    expect(mfaRequiredFor([{ programId: 'Q', role: 'ADMIN' }], new Set(), true)).toBe(false);
    expect(mfaRequiredFor([], new Set(), true)).toBe(false);
  });
});

describe('codes as typed', () => {
  it('an authenticator code may be typed with a space', () => {
    expect(parseSecondFactorCode(' 123 456 ')).toEqual({ kind: 'AUTHENTICATOR', code: '123456' });
  });

  it('a recovery code is read in any case, with or without its dash', () => {
    expect(parseSecondFactorCode('ABCDE-FGH27')).toEqual({ kind: 'RECOVERY', code: 'abcdefgh27' });
    expect(normalizeRecoveryCode('abcde fgh27')).toBe('abcdefgh27');
    expect(formatRecoveryCode('abcdefgh27')).toBe('abcde-fgh27');
  });

  it('anything else is neither, and the schemas say what to type', () => {
    expect(parseSecondFactorCode('12345')).toBeNull();
    expect(parseSecondFactorCode('abcde-fgh1')).toBeNull();
    expect(secondFactorCodeSchema.safeParse('12345').success).toBe(false);
    expect(secondFactorCodeSchema.safeParse('abcde-fgh27').success).toBe(true);
    expect(authenticatorCodeSchema.safeParse('abcde-fgh27').success).toBe(false);
    expect(authenticatorCodeSchema.safeParse('123 456').success).toBe(true);
  });
});
