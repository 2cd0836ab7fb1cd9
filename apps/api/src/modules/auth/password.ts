import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes) costs ~40 ms here; the library default (64 MiB,
// 3 passes) ~130 ms. We keep the stronger default: sign-in is rare, and throttled.
const options = { type: argon2.argon2id } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

// Verified when no account matches, so a missing email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(
  hash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await (decoyHash ??= hashPassword('decoy-password')), password);
    return false;
  }
  return argon2.verify(hash, password);
}
