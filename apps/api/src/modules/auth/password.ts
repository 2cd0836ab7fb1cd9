import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults, OWASP's baseline (19 MiB, 2 passes, 1 lane): ~45 ms here.
// @node-rs/argon2 ships a prebuilt binary per platform and needs no compiler at install.
// `Algorithm` is a const enum (not importable with isolatedModules); 2 is Argon2id.
const options = { algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified when no account matches, so a missing email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(
  stored: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!stored) {
    await verify(await (decoyHash ??= hashPassword('decoy-password')), password);
    return false;
  }
  return verify(stored, password);
}
