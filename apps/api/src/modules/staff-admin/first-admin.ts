import type { DataSource } from 'typeorm';
import {
  createStaffAccountSchema,
  defaultProgramSettings,
  isValidTimeZone,
  Population,
} from '@waypoint/domain';
import { fieldIssues } from '@waypoint/domain';
import type { AuditTrail } from '../audit/audit-trail.js';
import { issuePasswordLink } from '../auth/password-link.service.js';
import { Program } from '../program/program.entity.js';
import { lockAdminChanges, ACTIVE_ADMINS_SQL } from './last-admin-guard.js';
import { insertStaffAccount } from './staff-account.service.js';

export interface FirstAdminInput {
  firstName: string;
  lastName: string;
  email: string;
  credentials?: string | null;
  /** Used only when the install has no program yet: the clinic's first program. */
  program: { code: string; name: string; population: string; timeZone: string };
}

export type FirstAdminResult =
  | {
      created: true;
      staffId: string;
      link: { url: string; expiresAt: Date };
      programCreated: boolean;
    }
  | { created: false; problems: string[] };

/**
 * Creates the install's first administrator, with ADMIN in every program (creating the first
 * program when there is none: a role is always held in a program), and a one-time set-password
 * link. Refused when an active administrator exists; the check and the creation hold the same
 * lock as every change that removes an administrator, so two runs at once create one.
 */
export async function createFirstAdmin(
  db: DataSource,
  audit: AuditTrail,
  input: FirstAdminInput,
): Promise<FirstAdminResult> {
  const account = createStaffAccountSchema.safeParse(input);
  if (!account.success) {
    return {
      created: false,
      problems: fieldIssues(account.error).map((i) => `${i.field}: ${i.message}`),
    };
  }
  return db.transaction(async (tx) => {
    await lockAdminChanges(tx);
    const [admin] = await tx.query<unknown[]>(`${ACTIVE_ADMINS_SQL} LIMIT 1`);
    if (admin) {
      return {
        created: false,
        problems: [
          'An active administrator already exists: they add staff in the web app ' +
            '(Administration). Nothing was changed.',
        ],
      };
    }
    let programIds = (await tx.getRepository(Program).find({ select: { id: true } })).map(
      (p) => p.id,
    );
    const programCreated = programIds.length === 0;
    if (programCreated) {
      const problems = programProblems(input.program);
      if (problems.length) return { created: false, problems };
      const population = input.program.population as Population;
      const program = await tx.getRepository(Program).save({
        code: input.program.code.trim(),
        name: input.program.name.trim(),
        population,
        timeZone: input.program.timeZone,
        ...defaultProgramSettings(population),
      });
      await audit.write(
        {
          action: 'CREATE',
          recordType: 'Program',
          recordId: program.id,
          clientId: null,
          outcome: 'SUCCESS',
          note: 'first program, created with the first administrator',
        },
        tx,
      );
      programIds = [program.id];
    }
    const staff = await insertStaffAccount(
      tx,
      audit,
      account.data,
      programIds.map((programId) => ({ programId, role: 'ADMIN' as const })),
    );
    const link = await issuePasswordLink(tx, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    return { created: true, staffId: staff.id, link, programCreated };
  });
}

function programProblems(program: FirstAdminInput['program']): string[] {
  const problems: string[] = [];
  if (!program.code.trim()) problems.push('program code: enter a short code, e.g. ADULT-IOP');
  if (!program.name.trim()) problems.push('program name: enter a name');
  if (!(program.population in Population)) {
    problems.push(`program population: one of ${Object.keys(Population).join(', ')}`);
  }
  if (!isValidTimeZone(program.timeZone)) {
    problems.push('program time zone: an IANA time zone, e.g. America/Chicago');
  }
  return problems;
}
