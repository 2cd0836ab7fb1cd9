import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildWaypointSchema } from './schema.js';

describe('every operation declares who may call it', () => {
  it('each query, mutation and field resolver carries @Authorized(...)', async () => {
    await buildWaypointSchema();
    const storage = getMetadataStorage();
    const declared = new Set(
      storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`),
    );
    const operations = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers].map(
      (r) => `${r.target.name}.${r.methodName}`,
    );
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((op) => !declared.has(op))).toEqual([]);
  });

  it('only signing in (with its MFA steps), asking who I am, setting a password from a link and whether the install has an administrator are public', async () => {
    await buildWaypointSchema();
    const publicOps = getMetadataStorage()
      .authorizedFields.filter((a) => (a.roles as string[]).includes('PUBLIC'))
      .map((a) => `${a.target.name}.${a.fieldName}`)
      .sort();
    expect(publicOps).toEqual([
      'AuthResolver.me',
      'AuthResolver.signIn',
      'AuthResolver.signOut',
      'AuthResolver.staff',
      // The second step of a sign-in: each checks the half-done sign-in's cookie (or a session).
      'MfaResolver.completeSignIn',
      'MfaResolver.confirmMfaEnrolment',
      'MfaResolver.startMfaEnrolment',
      'PasswordLinkResolver.passwordLink',
      'PasswordLinkResolver.requestPasswordReset',
      'PasswordLinkResolver.setPasswordWithLink',
      'SetupStatusResolver.setupStatus',
    ]);
  });
});
