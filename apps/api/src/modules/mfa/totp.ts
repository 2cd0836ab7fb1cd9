import { Secret, TOTP } from 'otpauth';

/**
 * Authenticator codes as RFC 6238 and every common app (Google Authenticator, Microsoft
 * Authenticator, 1Password…) expect them: SHA-1, 6 digits, 30-second steps. The `otpauth`
 * library does the HOTP arithmetic; this module only fixes the parameters.
 */
const PERIOD_SECONDS = 30;
const ISSUER = 'Waypoint';

/** A new shared secret, 160 bits (RFC 4226's recommendation), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, account = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The `otpauth://` URI an app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The code an app shows for `secret` at `now` (tests, and nothing else, need to make one). */
export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}

/**
 * The time step of the code, when it matches the current step or a neighbour (a phone clock a
 * little off, a code typed as it changed); null otherwise. The caller accepts it only if that
 * step is later than the last accepted one, so a code is never used twice.
 */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}
