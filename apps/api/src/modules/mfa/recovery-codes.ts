import { createHash, randomInt } from 'node:crypto';
import { normalizeRecoveryCode, RECOVERY_CODE_COUNT } from '@waypoint/domain';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Ten fresh codes of 50 random bits each, as the user is shown them (once). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: 10 }, () => BASE32[randomInt(32)]).join(''),
  );
}

/**
 * What is stored of a recovery code. 50 random bits make guessing a hash hopeless without a slow
 * hash, and SHA-256 lets a code be found (and spent) in one indexed UPDATE.
 */
export function hashRecoveryCode(typed: string): Buffer {
  return createHash('sha256').update(normalizeRecoveryCode(typed)).digest();
}
