import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticator secrets at rest. With MFA_SECRET_KEY configured they are sealed with
 * AES-256-GCM, bound to their staff member (a sealed secret copied to another row does not
 * open), so a database dump alone cannot mint codes. Without a key they are stored as issued;
 * either way no operation returns a secret after enrolment.
 */
const SEALED = 'v1';

export function sealSecret(secret: string, key: Buffer | null, staffId: string): string {
  if (!key) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(staffId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), sealed].map((p) => p.toString('base64'));
  return [SEALED, ...parts].join(':');
}

export function openSecret(stored: string, key: Buffer | null, staffId: string): string {
  const [version, iv, tag, sealed] = stored.split(':');
  // A base32 secret has no colon: it was stored before a key was configured.
  if (sealed === undefined) return stored;
  if (version !== SEALED || !iv || !tag) {
    throw new Error('unknown sealed secret format');
  }
  if (!key) throw new Error('MFA_SECRET_KEY is needed to read sealed authenticator secrets');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'))
    .setAAD(Buffer.from(staffId))
    .setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString(
    'utf8',
  );
}
