import {
  addCalendarDays,
  groupSchema,
  mayManageGroup,
  membersToPromote,
  scheduleExceptionSchema,
  todayIn,
  type CalendarDate,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import type {
  AddGroupScheduleExceptionInput,
  CreateGroupInput,
  GenerateGroupSessionsInput,
  GroupDetailsInput,
  RemoveGroupScheduleExceptionInput,
  UpdateGroupInput,
} from './dto/group.input.js';
import { groupForAccess, requireGroupManager, requireGroupReader } from './group-access.js';
import { GroupScheduleException, TherapyGroup } from './group.entity.js';
import {
  DEFAULT_HORIZON_DAYS,
  reconcileGroupSessions,
  type GenerationResult,
} from './session-generation.js';

async function programOf(manager: EntityManager, programId: string) {
  const [program] = await manager.query<{ timeZone: string; maxGroupSize: number }[]>(
    `SELECT time_zone AS "timeZone", max_group_size AS "maxGroupSize" FROM program WHERE id = $1`,
    [programId],
  );
  if (!program) throw new NotFoundError('Program');
  return program;
}

/** The group's values from the input, validated once (each refusal names its field). */
function values(input: GroupDetailsInput, defaultCapacity: number) {
  return parseWith(groupSchema, {
    name: input.name,
    format: input.format,
    topic: input.topic,
    capacity: input.capacity ?? defaultCapacity,
    location: input.location,
    telehealthUrl: input.telehealthUrl,
    enrollmentMode: input.enrollmentMode,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    weekdays: input.weekdays,
    startTime: input.startTime,
    endTime: input.endTime,
    facilitatorIds: input.facilitatorIds,
  });
}

/** Facilitators are active clinicians or directors of the group's program. */
async function checkFacilitators(manager: EntityManager, programId: string, ids: string[]) {
  const found = await manager.query<{ id: string }[]>(
    `SELECT DISTINCT r.staff_id AS id FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
     WHERE r.program_id = $1 AND r.staff_id = ANY($2::uuid[]) AND r.role IN ('CLINICIAN', 'DIRECTOR')
       AND s.active`,
    [programId, ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))],
  );
  if (found.length !== new Set(ids).size) {
    throw new BadUserInputError([
      { field: 'facilitatorIds', message: 'Choose clinicians of this program' },
    ]);
  }
}

async function replaceFacilitators(tx: EntityManager, groupId: string, ids: string[]) {
  await tx.query(
    `DELETE FROM group_facilitator WHERE group_id = $1 AND staff_id <> ALL($2::uuid[])`,
    [groupId, ids],
  );
  await tx.query(
    `INSERT INTO group_facilitator (group_id, staff_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [groupId, ids],
  );
}

function auditGroup(
  scope: ClientScope,
  tx: EntityManager,
  action: 'CREATE' | 'UPDATE',
  id: string,
) {
  return scope.audit.write(
    { action, recordType: 'Group', recordId: id, clientId: null, outcome: 'SUCCESS' },
    tx,
  );
}

/** Sessions of the group from today through the rolling horizon, in line with its schedule. */
async function reconcileHorizon(
  scope: ClientScope,
  tx: EntityManager,
  groupId: string,
  timeZone: string,
): Promise<GenerationResult> {
  const today = todayIn(timeZone);
  return reconcileGroupSessions(
    tx,
    [groupId],
    today,
    addCalendarDays(today, DEFAULT_HORIZON_DAYS),
    scope.viewer.staffId,
  );
}

/**
 * A new group: by a director of the program, or a clinician who will facilitate it. Its sessions
 * for the rolling horizon are generated in the same transaction.
 */
export async function createGroup(
  scope: ClientScope,
  input: CreateGroupInput,
): Promise<TherapyGroup> {
  const { programRoles, staffId } = scope.viewer;
  if (!mayManageGroup(programRoles, input.programId, staffId, input.facilitatorIds ?? [])) {
    await requireGroupManager(scope, { id: '', programId: input.programId, facilitatorIds: [] });
  }
  const program = await programOf(scope.db.manager, input.programId);
  const group = values(input, program.maxGroupSize);
  await checkFacilitators(scope.db.manager, input.programId, group.facilitatorIds);
  return scope.db.transaction(async (tx) => {
    const { facilitatorIds, ...columns } = group;
    const saved = await tx.getRepository(TherapyGroup).save({
      ...columns,
      programId: input.programId,
      createdByStaffId: staffId,
      updatedByStaffId: staffId,
    });
    await replaceFacilitators(tx, saved.id, facilitatorIds);
    await auditGroup(scope, tx, 'CREATE', saved.id);
    await reconcileHorizon(scope, tx, saved.id, program.timeZone);
    return saved;
  });
}

/**
 * Changes a group the caller read at its current version. A schedule change moves or removes the
 * future scheduled sessions only (held and past sessions stay as they were); a capacity raise
 * offers the freed places to the waitlist in order.
 */
export async function updateGroup(
  scope: ClientScope,
  input: UpdateGroupInput,
): Promise<TherapyGroup> {
  const access = await groupForAccess(scope.db.manager, input.id);
  const program = await programOf(scope.db.manager, access.programId);
  const group = values(input, program.maxGroupSize);
  await checkFacilitators(scope.db.manager, access.programId, group.facilitatorIds);
  return scope.db.transaction(async (tx) => {
    await groupForAccess(tx, input.id, true);
    const { facilitatorIds, ...columns } = group;
    const updated = await guardedUpdate(tx, TherapyGroup, 'Group', input, {
      ...columns,
      active: input.active ?? undefined,
      updatedByStaffId: scope.viewer.staffId,
    });
    await replaceFacilitators(tx, updated.id, facilitatorIds);
    await auditGroup(scope, tx, 'UPDATE', updated.id);
    await promoteWaitlist(scope, tx, updated, todayIn(program.timeZone));
    await reconcileHorizon(scope, tx, updated.id, program.timeZone);
    return updated;
  });
}

/**
 * Fills free places from the waitlist, first waitlisted first, inside the caller's transaction
 * (which holds the group's row lock, so concurrent changes cannot overfill it). A closed group
 * that has started takes no one new.
 */
export async function promoteWaitlist(
  scope: ClientScope,
  tx: EntityManager,
  group: Pick<TherapyGroup, 'id' | 'capacity' | 'enrollmentMode' | 'startsOn'>,
  today: CalendarDate,
): Promise<string[]> {
  if (group.enrollmentMode === 'CLOSED' && today > group.startsOn) return [];
  const rows = await tx.query<
    { id: string; status: string; waitlistedAt: Date | null; clientId: string }[]
  >(
    `SELECT id, status, waitlisted_at AS "waitlistedAt", client_id AS "clientId"
     FROM group_enrollment WHERE group_id = $1 AND status IN ('ACTIVE', 'WAITLISTED')`,
    [group.id],
  );
  const active = rows.filter((r) => r.status === 'ACTIVE').length;
  const waitlist = rows
    .filter((r) => r.status === 'WAITLISTED')
    .map((r) => ({ ...r, waitlistedAt: r.waitlistedAt ?? new Date(0) }));
  const promoted = membersToPromote(group.capacity, active, waitlist);
  if (!promoted.length) return [];
  const startsOn = today > group.startsOn ? today : group.startsOn;
  await tx.query(
    `UPDATE group_enrollment SET status = 'ACTIVE', starts_on = GREATEST(starts_on, $2::date),
       version = version + 1, updated_at = now(), updated_by_staff_id = $3
     WHERE id = ANY($1::uuid[])`,
    [promoted.map((p) => p.id), startsOn, scope.viewer.staffId],
  );
  await scope.audit.write(
    promoted.map((p) => ({
      action: 'UPDATE' as const,
      recordType: 'GroupEnrollment',
      recordId: p.id,
      clientId: p.clientId,
      outcome: 'SUCCESS' as const,
      note: 'Promoted from the waitlist',
    })),
    tx,
  );
  return promoted.map((p) => p.id);
}

/** A holiday or cancellation: the group's future scheduled session that day is removed. */
export async function addGroupScheduleException(
  scope: ClientScope,
  input: AddGroupScheduleExceptionInput,
): Promise<GroupScheduleException> {
  const exception = parseWith(scheduleExceptionSchema, {
    onDate: input.onDate,
    kind: input.kind,
    reason: input.reason,
  });
  const access = await groupForAccess(scope.db.manager, input.groupId);
  const program = await programOf(scope.db.manager, access.programId);
  return scope.db.transaction(async (tx) => {
    const [saved] = await tx.query<GroupScheduleException[]>(
      `INSERT INTO group_schedule_exception AS x (group_id, on_date, kind, reason, created_by_staff_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (group_id, on_date) DO NOTHING
       RETURNING ${selectColumns(scope.db, GroupScheduleException, 'x')}`,
      [input.groupId, exception.onDate, exception.kind, exception.reason, scope.viewer.staffId],
    );
    if (!saved) {
      throw new BadUserInputError([
        { field: 'onDate', message: 'This date is already marked for this group' },
      ]);
    }
    await auditGroup(scope, tx, 'UPDATE', input.groupId);
    await reconcileHorizon(scope, tx, input.groupId, program.timeZone);
    return saved;
  });
}

/**
 * Takes a holiday or cancellation back: the group meets that day again, so its session is
 * generated anew when the date is within the horizon (a session cancelled because attendance had
 * been taken for it stays cancelled: reinstating it is a decision for its session, not the
 * schedule). The exception must belong to the group whose access was checked.
 */
export async function removeGroupScheduleException(
  scope: ClientScope,
  input: RemoveGroupScheduleExceptionInput,
): Promise<string> {
  const access = await groupForAccess(scope.db.manager, input.groupId);
  const program = await programOf(scope.db.manager, access.programId);
  return scope.db.transaction(async (tx) => {
    // Through a CTE: a bare DELETE answers [rows, count] in TypeORM, never an empty list.
    const deleted = await tx.query<{ id: string }[]>(
      `WITH gone AS (DELETE FROM group_schedule_exception WHERE id = $1 AND group_id = $2 RETURNING id)
       SELECT id FROM gone`,
      [input.id, input.groupId],
    );
    if (!deleted.length) throw new NotFoundError('Schedule exception');
    await auditGroup(scope, tx, 'UPDATE', input.groupId);
    await reconcileHorizon(scope, tx, input.groupId, program.timeZone);
    return input.id;
  });
}

/** Generates every active group's sessions of the program from today through `through`. */
export async function generateGroupSessions(
  scope: ClientScope,
  input: GenerateGroupSessionsInput,
): Promise<GenerationResult> {
  const program = await programOf(scope.db.manager, input.programId);
  const today = todayIn(program.timeZone);
  const through = input.through ?? addCalendarDays(today, DEFAULT_HORIZON_DAYS);
  if (through < today || through > addCalendarDays(today, 366)) {
    throw new BadUserInputError([
      { field: 'through', message: 'Choose a date from today up to a year ahead' },
    ]);
  }
  return scope.db.transaction(async (tx) => {
    const groups = await tx.query<{ id: string }[]>(
      `SELECT id FROM therapy_group WHERE program_id = $1 ORDER BY id FOR UPDATE`,
      [input.programId],
    );
    return reconcileGroupSessions(
      tx,
      groups.map((g) => g.id),
      today,
      through,
      scope.viewer.staffId,
    );
  });
}

/** The program's groups, active first, by name (not client data: any role of the program). */
export async function listGroups(
  scope: ClientScope,
  programId: string,
  includeInactive: boolean,
): Promise<TherapyGroup[]> {
  await requireGroupReader(scope, programId);
  return scope.db.query<TherapyGroup[]>(
    `SELECT ${selectColumns(scope.db, TherapyGroup, 'g')} FROM therapy_group g
     WHERE g.program_id = $1 AND ($2 OR g.active) ORDER BY g.active DESC, g.name, g.id`,
    [programId, includeInactive],
  );
}

export async function findGroup(scope: ClientScope, id: string): Promise<TherapyGroup> {
  const group = await scope.db.getRepository(TherapyGroup).findOneBy({ id });
  if (!group) throw new NotFoundError('Group');
  await requireGroupReader(scope, group.programId);
  return group;
}

/** A stale group save: nothing saved; the group as it stands (not client data). */
export async function currentGroup(manager: EntityManager, id: string): Promise<TherapyGroup> {
  const group = await manager.getRepository(TherapyGroup).findOneBy({ id });
  if (!group) throw new DomainError('NOT_FOUND', 'Group not found');
  return group;
}
