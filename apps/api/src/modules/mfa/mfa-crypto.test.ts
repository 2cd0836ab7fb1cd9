import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RECOVERY_CODE_PATTERN } from '@waypoint/domain';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { openSecret, sealSecret } from './secret-box.js';
import { matchingStep, newTotpSecret, totpCode, totpUri } from './totp.js';

describe('authenticator codes', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 4, 12, 0, 10);
  const step = Math.floor(now / 30_000);

  it('the code of this step matches it; a neighbour step’s code matches that step', () => {
    expect(matchingStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchingStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchingStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
  });

  it('a code two steps old, or another secret’s, does not match', () => {
    expect(matchingStep(secret, totpCode(secret, now - 60_000), now)).toBeNull();
    expect(matchingStep(newTotpSecret(), totpCode(secret, now), now)).toBeNull();
  });

  it('the URI names the issuer and account, with the parameters apps expect', () => {
    const uri = new URL(totpUri(secret, 'casey@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain('Waypoint:casey@example.org');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

describe('secrets at rest', () => {
  const key = randomBytes(32);

  it('sealed with a key, opened with it, and only for the same staff member', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', key, 'staff-a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, key, 'staff-a')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(sealed, key, 'staff-b')).toThrow();
    expect(() => openSecret(sealed, randomBytes(32), 'staff-a')).toThrow();
    expect(() => openSecret(sealed, null, 'staff-a')).toThrow(/MFA_SECRET_KEY/);
  });

  it('without a key a secret is kept as issued, and still opens once a key is configured', () => {
    expect(sealSecret('JBSWY3DPEHPK3PXP', null, 'staff-a')).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret('JBSWY3DPEHPK3PXP', key, 'staff-a')).toBe('JBSWY3DPEHPK3PXP');
  });
});

describe('recovery codes', () => {
  it('ten distinct codes of the documented shape', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(RECOVERY_CODE_PATTERN);
  });

  it('the stored hash does not depend on how the code was typed', () => {
    expect(hashRecoveryCode('ABCDE-FGH27')).toEqual(hashRecoveryCode('abcdefgh27'));
    expect(hashRecoveryCode('abcdefgh27')).not.toEqual(hashRecoveryCode('abcdefgh26'));
  });
});
