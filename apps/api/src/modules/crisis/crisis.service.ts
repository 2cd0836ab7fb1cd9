import {
  crisisContactProblems,
  crisisFollowUpDue,
  onCallAt,
  programsAllowing,
  rosterCoverage,
  shiftInstants,
  zonedInstant,
  type StaffRole,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { Viewer } from '../auth/viewer.js';
import { episodeFor } from '../episode/episode.service.js';
import { Program } from '../program/program.entity.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { CrisisContact, OnCallShift } from './crisis.entity.js';
import type {
  AddOnCallShiftInput,
  CompleteCrisisFollowUpInput,
  LogCrisisContactInput,
  OnCallRoster,
  ProgramOnCall,
  RemoveOnCallShiftInput,
  UpdateOnCallShiftInput,
} from './crisis.types.js';

/** Who may be rostered to answer the crisis line: the program's clinical staff. */
const ON_CALL_ROLES: readonly StaffRole[] = ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

type Db = Pick<EntityManager, 'query'>;
const shiftColumns = (scope: ClientScope) => selectColumns(scope.db, OnCallShift, 's');

async function programZone(db: Db, programId: string): Promise<string> {
  const [program] = await db.query<{ timeZone: string }[]>(
    `SELECT time_zone AS "timeZone" FROM program WHERE id = $1`,
    [programId],
  );
  if (!program) throw new NotFoundError('Program');
  return program.timeZone;
}

/** The shift's instants from wall-clock input, and the rostered person holds a clinical role. */
async function judgeShift(tx: Db, input: AddOnCallShiftInput) {
  const timeZone = await programZone(tx, input.programId);
  const times = shiftInstants({ ...input }, timeZone);
  const problems = 'problems' in times ? times.problems : [];
  const [eligible] = await tx.query<unknown[]>(
    `SELECT 1 FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
     WHERE r.staff_id = $1 AND r.program_id = $2 AND r.role = ANY($3::text[]) AND s.active`,
    [input.staffId, input.programId, ON_CALL_ROLES],
  );
  if (!eligible) {
    problems.push({
      field: 'staffId',
      message: 'must be an active director, clinician or case manager of the program',
    });
  }
  if ('problems' in times || problems.length) throw new BadUserInputError(problems);
  return times;
}

/** Adds a shift to a program's roster (a director of the program, or an administrator). */
export async function addOnCallShift(
  scope: ClientScope,
  input: AddOnCallShiftInput,
): Promise<OnCallShift> {
  return scope.db.transaction(async (tx) => {
    const { startsAt, endsAt } = await judgeShift(tx, input);
    const [shift] = await tx.query<OnCallShift[]>(
      `INSERT INTO on_call_shift AS s (program_id, staff_id, starts_at, ends_at, created_by_staff_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${shiftColumns(scope)}`,
      [input.programId, input.staffId, startsAt, endsAt, scope.viewer.staffId],
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'OnCallShift',
        recordId: shift!.id,
        clientId: null,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return shift!;
  });
}

async function currentShift(tx: Db, scope: ClientScope, programId: string, id: string) {
  const [shift] = await tx.query<OnCallShift[]>(
    `SELECT ${shiftColumns(scope)} FROM on_call_shift s WHERE s.id = $1 AND s.program_id = $2 FOR UPDATE`,
    [id, programId],
  );
  if (!shift) throw new NotFoundError('OnCallShift');
  return shift;
}

/** Changes a shift read at its current version; a stale version is refused with CONFLICT. */
export async function updateOnCallShift(
  scope: ClientScope,
  input: UpdateOnCallShiftInput,
): Promise<OnCallShift> {
  return scope.db.transaction(async (tx) => {
    const current = await currentShift(tx, scope, input.programId, input.id);
    // Judged on the version the caller read, before the times: they have not seen this one.
    if (current.version !== input.version) throw new ConflictError('OnCallShift', current);
    const { startsAt, endsAt } = await judgeShift(tx, input);
    const shift = await guardedUpdate(tx, OnCallShift, 'OnCallShift', input, {
      staffId: input.staffId,
      startsAt,
      endsAt,
    });
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'OnCallShift',
        recordId: input.id,
        clientId: null,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return shift;
  });
}

/** Removes a shift read at its current version; answers its id. */
export async function removeOnCallShift(
  scope: ClientScope,
  input: RemoveOnCallShiftInput,
): Promise<OnCallShift> {
  return scope.db.transaction(async (tx) => {
    const current = await currentShift(tx, scope, input.programId, input.id);
    if (current.version !== input.version) throw new ConflictError('OnCallShift', current);
    await tx.query(`DELETE FROM on_call_shift WHERE id = $1`, [input.id]);
    await scope.audit.write(
      {
        action: 'DELETE',
        recordType: 'OnCallShift',
        recordId: input.id,
        clientId: null,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return current;
  });
}

/** A program's roster for a month of its local calendar, with the gaps, overlaps and handovers. */
export async function onCallRoster(
  scope: ClientScope,
  programId: string,
  month: string,
): Promise<OnCallRoster> {
  if (!MONTH.test(month)) {
    throw new BadUserInputError([{ field: 'month', message: 'must be a month (YYYY-MM)' }]);
  }
  const timeZone = await programZone(scope.db, programId);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const from = zonedInstant(`${month}-01`, '00:00', timeZone);
  const to = zonedInstant(`${next}-01`, '00:00', timeZone);
  const shifts = await scope.db.query<OnCallShift[]>(
    `SELECT ${shiftColumns(scope)} FROM on_call_shift s
     WHERE s.program_id = $1 AND s.starts_at < $3 AND s.ends_at > $2
     ORDER BY s.starts_at, s.id`,
    [programId, from, to],
  );
  const coverage = rosterCoverage(shifts, from, to);
  return {
    month,
    timeZone,
    shifts,
    gaps: coverage.gaps.map((g) => ({ ...g, staffIds: [] })),
    overlaps: coverage.overlaps,
    handovers: coverage.handovers,
  };
}

/**
 * Who is on call now in each program where the viewer works (every member of staff may see it):
 * the shifts in force and the next one to start. One statement for all the programs.
 */
export async function onCallNow(
  scope: ClientScope,
  viewer: Viewer,
  now = new Date(),
): Promise<ProgramOnCall[]> {
  const allowed = programsAllowing(viewer.programRoles, 'READ_ON_CALL');
  const programs = await scope.db.query<Program[]>(
    `SELECT ${selectColumns(scope.db, Program, 'p')} FROM program p
     WHERE ${allowed === 'ALL' ? 'true' : 'p.id = ANY($1::uuid[])'} ORDER BY p.name, p.id`,
    allowed === 'ALL' ? [] : [allowed],
  );
  const shifts = await scope.db.query<OnCallShift[]>(
    `SELECT ${shiftColumns(scope)} FROM on_call_shift s
     WHERE s.program_id = ANY($1::uuid[]) AND s.ends_at > $2 AND s.starts_at < $2::timestamptz + interval '7 days'
     ORDER BY s.starts_at, s.id`,
    [programs.map((p) => p.id), now],
  );
  return programs.map((program) => {
    const own = shifts.filter((s) => s.programId === program.id);
    return {
      program,
      onCall: onCallAt(own, now),
      next: own.find((s) => s.startsAt.getTime() > now.getTime()) ?? null,
    };
  });
}

/**
 * Logs a crisis-line contact in one transaction: the contact (audited), and with a client the
 * urgent follow-up its primary clinician sees on Today (the contact's follow-up date) and, when
 * the risk is HIGH, the review clock recomputed (the contact is one of its triggers). The
 * client's episode must be one the caller may name a crisis caller on (any client of the line's
 * program in treatment or aftercare), in the program of the line.
 */
export async function logCrisisContact(
  scope: ClientScope,
  input: LogCrisisContactInput,
  now = new Date(),
): Promise<CrisisContact> {
  const episode = input.episodeId
    ? await episodeFor(scope, 'IDENTIFY_CRISIS_CALLER', input.episodeId)
    : null;
  const problems = crisisContactProblems({ ...input }, now);
  if (episode && episode.programId !== input.programId) {
    problems.push({ field: 'episodeId', message: 'must be a client of this program' });
  }
  if (problems.length) throw new BadUserInputError(problems);
  return scope.db.transaction(async (tx) => {
    const timeZone = await programZone(tx, input.programId);
    const [contact] = await tx.query<CrisisContact[]>(
      `INSERT INTO crisis_contact AS c (program_id, episode_id, client_id, occurred_at, caller,
         risk_level, actions, notes, logged_by_staff_id, follow_up_due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING ${selectColumns(scope.db, CrisisContact, 'c')}`,
      [
        input.programId,
        episode?.id ?? null,
        episode?.clientId ?? null,
        input.occurredAt,
        input.caller,
        input.riskLevel,
        [...new Set(input.actions)],
        input.notes.trim(),
        scope.viewer.staffId,
        episode ? crisisFollowUpDue(input.occurredAt, timeZone) : null,
      ],
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'CrisisContact',
        recordId: contact!.id,
        clientId: episode?.clientId ?? null,
        outcome: 'SUCCESS',
      },
      tx,
    );
    if (episode && input.riskLevel === 'HIGH') await recomputeReviewClock(tx, episode.id);
    return contact!;
  });
}

/**
 * The urgent crisis follow-ups on the viewer's Today: open follow-ups of contacts about clients
 * whose primary clinician the viewer is, on episodes the viewer may read; each read audited.
 */
export async function myCrisisFollowUps(scope: ClientScope): Promise<CrisisContact[]> {
  const params = new SqlParams([scope.viewer.staffId]);
  const rows = await scope.db.query<CrisisContact[]>(
    `SELECT ${selectColumns(scope.db, CrisisContact, 'c')}
     FROM crisis_contact c JOIN episode e ON e.id = c.episode_id
     WHERE c.follow_up_due_on IS NOT NULL AND c.followed_up_at IS NULL
       AND e.primary_clinician_id = $1 AND ${scope.episodeCondition('READ_CHART', params)}
     ORDER BY CASE c.risk_level WHEN 'HIGH' THEN 0 WHEN 'MODERATE' THEN 1 ELSE 2 END,
       c.occurred_at, c.id`,
    params.values,
  );
  for (const r of rows) scope.audit.read('CrisisContact', r.id, r.clientId!);
  return rows;
}

/**
 * Marks a contact's follow-up done (a clinician on the episode's care team, or a director).
 * Done once: marking it again answers the contact as it stands, so two clicks are harmless.
 */
export async function completeCrisisFollowUp(
  scope: ClientScope,
  input: CompleteCrisisFollowUpInput,
): Promise<CrisisContact> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  return scope.db.transaction(async (tx) => {
    const columns = selectColumns(scope.db, CrisisContact, 'c');
    // TypeORM answers a raw UPDATE with [rows, affected count].
    const [[updated]] = await tx.query<[CrisisContact[], number]>(
      `UPDATE crisis_contact c SET followed_up_at = now(), followed_up_by_staff_id = $3,
         version = version + 1, updated_at = now()
       WHERE c.id = $1 AND c.episode_id = $2 AND c.followed_up_at IS NULL
       RETURNING ${columns}`,
      [input.id, episode.id, scope.viewer.staffId],
    );
    if (!updated) {
      const [existing] = await tx.query<CrisisContact[]>(
        `SELECT ${columns} FROM crisis_contact c WHERE c.id = $1 AND c.episode_id = $2`,
        [input.id, episode.id],
      );
      if (!existing) throw new NotFoundError('CrisisContact');
      scope.audit.read('CrisisContact', existing.id, episode.clientId);
      return existing;
    }
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'CrisisContact',
        recordId: updated.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return updated;
  });
}
