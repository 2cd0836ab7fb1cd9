import type { DataSource, EntityManager } from 'typeorm';
import {
  createStaffAccountSchema,
  EMAIL_IN_USE,
  updateStaffAccountSchema,
  type CreateStaffAccount,
  type StaffRole,
} from '@waypoint/domain';
import { guardedUpdate } from '../../db/guarded-update.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { issuePasswordLink } from '../auth/password-link.service.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import { Staff, StaffProgramRole } from '../staff/staff.entity.js';
import { forgetSessionsOf } from '../auth/session-cache.js';
import type {
  CreateStaffAccountInput,
  StaffAccountVersionInput,
  StaffRoleChangeInput,
  UpdateStaffAccountInput,
} from './dto/staff-account.inputs.js';
import { lockAdminChanges, requireAnAdminLeft } from './last-admin-guard.js';

/** Who is acting: an administrator (checked by `@Authorized('ADMINISTER')` and the target). */
export interface Administrator {
  db: DataSource;
  audit: AuditTrail;
  staffId: string;
}

export interface PasswordLinkIssued {
  url: string;
  expiresAt: Date;
  purpose: 'INVITE' | 'RESET';
}

const emailTaken = () => new BadUserInputError([{ field: 'email', message: EMAIL_IN_USE }]);

/** The unique index on lower(email) is the final word (two creations at once); this names it. */
function isEmailCollision(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { constraint?: string } };
  return e.code === '23505' && (e.constraint ?? e.driverError?.constraint) === 'staff_email_key';
}

async function requireEmailFree(
  tx: EntityManager,
  email: string,
  exceptId: string | null,
): Promise<void> {
  const [taken] = await tx.query<unknown[]>(
    'SELECT 1 FROM staff WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2',
    [email, exceptId],
  );
  if (taken) throw emailTaken();
}

async function requirePrograms(tx: EntityManager, programIds: string[], field: string) {
  const unique = [...new Set(programIds)];
  if (!unique.length) return;
  const [{ n }] = await tx.query<[{ n: number }]>(
    'SELECT count(*)::int AS n FROM program WHERE id = ANY($1::uuid[])',
    [unique],
  );
  if (n !== unique.length) throw new BadUserInputError([{ field, message: 'is not a program' }]);
}

function withEmailCollision<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((err: unknown) => {
    throw isEmailCollision(err) ? emailTaken() : err;
  });
}

/**
 * Inserts an account with its roles (no password: its holder sets one from an invitation) and
 * audits it, inside the caller's transaction. Shared by the administrator's screen and the
 * first-run command.
 */
export async function insertStaffAccount(
  tx: EntityManager,
  audit: AuditTrail,
  account: CreateStaffAccount,
  roles: readonly { programId: string; role: StaffRole }[],
): Promise<Staff> {
  await requireEmailFree(tx, account.email, null);
  await requirePrograms(
    tx,
    roles.map((r) => r.programId),
    'roles',
  );
  const staff = await tx.getRepository(Staff).save(tx.getRepository(Staff).create(account));
  if (roles.length) {
    await tx
      .getRepository(StaffProgramRole)
      .createQueryBuilder()
      .insert()
      .values(roles.map((r) => ({ ...r, staffId: staff.id })))
      .orIgnore()
      .execute();
  }
  await audit.write(
    {
      action: 'CREATE',
      recordType: 'Staff',
      recordId: staff.id,
      clientId: null,
      outcome: 'SUCCESS',
      note: roles.length
        ? `roles: ${roles.map((r) => `${r.role} in program ${r.programId}`).join(', ')}`
        : null,
    },
    tx,
  );
  return staff;
}

/** A new account and its invitation (a one-time set-password link), committed together. */
export function createStaffAccount(
  admin: Administrator,
  input: CreateStaffAccountInput,
): Promise<{ staff: Staff; invitation: PasswordLinkIssued }> {
  const account = parseWith(createStaffAccountSchema, input);
  return withEmailCollision(() =>
    admin.db.transaction(async (tx) => {
      const staff = await insertStaffAccount(tx, admin.audit, account, input.roles);
      const link = await issuePasswordLink(tx, {
        staffId: staff.id,
        purpose: 'INVITE',
        issuedById: admin.staffId,
      });
      return { staff, invitation: { ...link, purpose: 'INVITE' as const } };
    }),
  );
}

/**
 * A new one-time set-password link for an active account: an invitation again while its holder
 * has not set a password, a reset once they have. Earlier unused links stop working.
 */
export function issueStaffPasswordLink(
  admin: Administrator,
  staffId: string,
): Promise<PasswordLinkIssued> {
  return admin.db.transaction(async (tx) => {
    const [account] = await tx.query<{ active: boolean; has_password: boolean }[]>(
      'SELECT active, password_hash IS NOT NULL AS has_password FROM staff WHERE id = $1',
      [staffId],
    );
    if (!account) throw new NotFoundError('Staff');
    if (!account.active) {
      throw new BadUserInputError([
        { field: 'staffId', message: 'This account is deactivated: reactivate it first' },
      ]);
    }
    const purpose = account.has_password ? 'RESET' : 'INVITE';
    const link = await issuePasswordLink(tx, { staffId, purpose, issuedById: admin.staffId });
    await admin.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Staff',
        recordId: staffId,
        clientId: null,
        outcome: 'SUCCESS',
        note: `${purpose === 'INVITE' ? 'invitation' : 'password reset'} link issued`,
      },
      tx,
    );
    return { ...link, purpose };
  });
}

export function updateStaffAccount(
  admin: Administrator,
  input: UpdateStaffAccountInput,
): Promise<Staff> {
  const { id, version, ...fields } = input;
  // null leaves a name or the email as it is (they cannot be cleared); credentials are cleared.
  const changes = parseWith(updateStaffAccountSchema, {
    firstName: fields.firstName ?? undefined,
    lastName: fields.lastName ?? undefined,
    email: fields.email ?? undefined,
    credentials: fields.credentials,
  });
  return withEmailCollision(() =>
    admin.db.transaction(async (tx) => {
      if (changes.email) await requireEmailFree(tx, changes.email, id);
      const updated = await guardedUpdate(tx, Staff, 'Staff', { id, version }, changes);
      await admin.audit.write(
        {
          action: 'UPDATE',
          recordType: 'Staff',
          recordId: id,
          clientId: null,
          outcome: 'SUCCESS',
          note: `changed: ${Object.keys(changes).join(', ') || 'nothing'}`,
        },
        tx,
      );
      return updated;
    }),
  );
}

/**
 * Switches an account off: its sessions end at once and its open episodes appear on their
 * programs' directors' reassignment list (`careTeamReassignments`), all in one transaction.
 * Refused when it would leave no active administrator.
 */
export function deactivateStaffAccount(
  admin: Administrator,
  input: StaffAccountVersionInput,
): Promise<Staff> {
  const changed = admin.db.transaction(async (tx) => {
    await lockAdminChanges(tx);
    const updated = await guardedUpdate(tx, Staff, 'Staff', input, { active: false });
    await requireAnAdminLeft(tx, 'id');
    const revoked = await tx.query<[unknown[], number]>(
      'UPDATE staff_session SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL',
      [input.id],
    );
    await admin.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Staff',
        recordId: input.id,
        clientId: null,
        outcome: 'SUCCESS',
        note: `deactivated; ${revoked[1]} session(s) revoked`,
      },
      tx,
    );
    return updated;
  });
  // This process's cached sessions of that person go now; other processes hear it on commit.
  return changed.then((staff) => {
    forgetSessionsOf(input.id);
    return staff;
  });
}

export function reactivateStaffAccount(
  admin: Administrator,
  input: StaffAccountVersionInput,
): Promise<Staff> {
  return admin.db.transaction(async (tx) => {
    const updated = await guardedUpdate(tx, Staff, 'Staff', input, { active: true });
    await admin.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Staff',
        recordId: input.id,
        clientId: null,
        outcome: 'SUCCESS',
        note: 'reactivated',
      },
      tx,
    );
    return updated;
  });
}

/**
 * Gives (or takes away) one role in one program. The account's version is bumped, so an
 * administrator working from a stale view of someone's roles is answered with a conflict.
 */
export function changeStaffRole(
  admin: Administrator,
  input: StaffRoleChangeInput,
  change: 'GRANT' | 'REVOKE',
): Promise<Staff> {
  const changed = admin.db.transaction(async (tx) => {
    await requirePrograms(tx, [input.programId], 'programId');
    const removesAdmin = change === 'REVOKE' && input.role === 'ADMIN';
    if (removesAdmin) await lockAdminChanges(tx);
    const updated = await guardedUpdate(
      tx,
      Staff,
      'Staff',
      { id: input.staffId, version: input.version },
      {},
    );
    const role = { staffId: input.staffId, programId: input.programId, role: input.role };
    if (change === 'GRANT') {
      await tx
        .getRepository(StaffProgramRole)
        .createQueryBuilder()
        .insert()
        .values(role)
        .orIgnore()
        .execute();
    } else {
      await tx.getRepository(StaffProgramRole).delete(role);
    }
    if (removesAdmin) await requireAnAdminLeft(tx, 'role');
    await admin.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Staff',
        recordId: input.staffId,
        clientId: null,
        outcome: 'SUCCESS',
        note: `${change === 'GRANT' ? 'granted' : 'removed'} ${input.role} in program ${input.programId}`,
      },
      tx,
    );
    return updated;
  });
  // This process's cached sessions of that person go now; other processes hear it on commit.
  return changed.then((staff) => {
    forgetSessionsOf(input.staffId);
    return staff;
  });
}

export async function getStaffAccount(db: DataSource, id: string): Promise<Staff> {
  const staff = await db.getRepository(Staff).findOneBy({ id });
  if (!staff) throw new NotFoundError('Staff');
  return staff;
}
