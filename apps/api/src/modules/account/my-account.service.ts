import type { DataSource } from 'typeorm';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { hashPassword, requireAcceptablePassword, storeNewPassword } from '../auth/new-password.js';
import { verifyPassword } from '../auth/password.js';
import {
  activeSessionsOf,
  revokeOwnSession,
  revokeSessionsOf,
  type SessionSummary,
} from '../auth/session.service.js';
import { reserveAttempt, settleSuccess, throttleKeys } from '../auth/throttle-store.js';
import type { Viewer } from '../auth/viewer.js';

const WRONG_CURRENT = 'This is not your current password';

const ownEvent = (viewer: Viewer, entry: Omit<AuditEntry, 'recordId' | 'clientId'>) => ({
  recordId: viewer.staffId,
  clientId: null,
  actorStaffId: viewer.staffId,
  ...entry,
});

/**
 * Changes the viewer's password. The current one is checked first, counted by the same throttle
 * as sign-in (a stolen session must not become a way to guess passwords faster); then the new one
 * against the policy. Ends the viewer's other sessions; answers how many.
 */
export async function changeOwnPassword(
  ds: DataSource,
  audit: AuditTrail,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<number> {
  const [staff] = await ds.query<
    { email: string; firstName: string; lastName: string; passwordHash: string | null }[]
  >(
    `SELECT email, first_name AS "firstName", last_name AS "lastName",
       password_hash AS "passwordHash" FROM staff WHERE id = $1`,
    [viewer.staffId],
  );
  if (!staff) throw new NotFoundError('Staff');
  const keys = throttleKeys(staff.email, input.address);
  const decision = await reserveAttempt(ds, keys);
  if (!decision.allowed) {
    const message = `Too many attempts. Try again in ${decision.retryAfterSeconds} seconds.`;
    throw new DomainError('BAD_USER_INPUT', message, {
      retryAfterSeconds: decision.retryAfterSeconds,
      fields: [{ field: 'currentPassword', message }],
    });
  }
  if (!(await verifyPassword(staff.passwordHash, input.currentPassword))) {
    await audit.write(
      ownEvent(viewer, {
        action: 'UPDATE',
        recordType: 'StaffPassword',
        outcome: 'FAILED',
        note: `current password wrong, from ${input.address}`,
      }),
    );
    throw new BadUserInputError([{ field: 'currentPassword', message: WRONG_CURRENT }]);
  }
  await settleSuccess(ds, keys, decision.failures);
  requireAcceptablePassword(staff, input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  return ds.transaction(async (tx) => {
    const ended = await storeNewPassword(tx, viewer.staffId, passwordHash, viewer.sessionId);
    await audit.write(
      ownEvent(viewer, {
        action: 'UPDATE',
        recordType: 'StaffPassword',
        outcome: 'SUCCESS',
        note: `password changed; ${ended} other session(s) ended`,
      }),
      tx,
    );
    return ended;
  });
}

export interface MySession extends SessionSummary {
  current: boolean;
}

export async function mySessions(
  ds: DataSource,
  viewer: Viewer,
  idleMinutes: number,
): Promise<MySession[]> {
  const sessions = await activeSessionsOf(ds, viewer.staffId, idleMinutes);
  return sessions.map((s) => ({ ...s, current: s.id === viewer.sessionId }));
}

/** Ends one of the viewer's own sessions; another person's session is NOT_FOUND, as is an ended one. */
export async function signOutSession(
  ds: DataSource,
  audit: AuditTrail,
  viewer: Viewer,
  sessionId: string,
): Promise<void> {
  await ds.transaction(async (tx) => {
    if (!(await revokeOwnSession(tx, viewer.staffId, sessionId))) {
      throw new NotFoundError('Session');
    }
    await audit.write(
      ownEvent(viewer, {
        action: 'SIGN_OUT',
        recordType: 'Staff',
        outcome: 'SUCCESS',
        note: sessionId === viewer.sessionId ? 'signed out' : `signed out session ${sessionId}`,
      }),
      tx,
    );
  });
}

/** Ends the viewer's other sessions, or all of them; answers how many were open. */
export async function signOutEverywhere(
  ds: DataSource,
  audit: AuditTrail,
  viewer: Viewer,
  includingThisSession: boolean,
): Promise<number> {
  return ds.transaction(async (tx) => {
    const ended = await revokeSessionsOf(
      tx,
      viewer.staffId,
      includingThisSession ? null : viewer.sessionId,
    );
    await audit.write(
      ownEvent(viewer, {
        action: 'SIGN_OUT',
        recordType: 'Staff',
        outcome: 'SUCCESS',
        note: `signed out everywhere${includingThisSession ? '' : ' else'}; ${ended} session(s) ended`,
      }),
      tx,
    );
    return ended;
  });
}
