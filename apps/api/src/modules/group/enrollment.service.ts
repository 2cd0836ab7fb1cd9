import {
  decideEnrollment,
  isCalendarDate,
  isOpenEpisode,
  todayIn,
  waitlistOrder,
  type EpisodeStatus,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { EndEnrollmentInput, EnrollClientInput } from './dto/enrollment.input.js';
import { GroupEnrollment, TherapyGroup } from './group.entity.js';
import { promoteWaitlist } from './group.service.js';

/** An enrollment with the member's name, as a group's member list shows it. */
export type GroupMemberRow = GroupEnrollment & { clientName: string };

async function lockedGroup(tx: EntityManager, groupId: string) {
  const [group] = await tx.query<(TherapyGroup & { timeZone: string })[]>(
    `SELECT ${selectColumns(tx.connection, TherapyGroup, 'g')}, p.time_zone AS "timeZone"
     FROM therapy_group g JOIN program p ON p.id = g.program_id WHERE g.id = $1 FOR UPDATE OF g`,
    [groupId],
  );
  if (!group) throw new NotFoundError('Group');
  return group;
}

function audited(
  scope: ClientScope,
  tx: EntityManager,
  action: 'CREATE' | 'UPDATE',
  e: { id: string; clientId: string },
) {
  return scope.audit.write(
    {
      action,
      recordType: 'GroupEnrollment',
      recordId: e.id,
      clientId: e.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
}

/**
 * Enrols the client of an episode the caller may edit. A place when there is one; when the group
 * is full, the waitlist only if the caller asked for it (otherwise a refusal offering it). The
 * group's row is locked for the decision, so concurrent enrolments cannot overfill it.
 */
export async function enrollClient(
  scope: ClientScope,
  input: EnrollClientInput,
): Promise<GroupEnrollment> {
  return scope.db.transaction(async (tx) => {
    const group = await lockedGroup(tx, input.groupId);
    const [episode] = await tx.query<
      { clientId: string; programId: string; status: EpisodeStatus }[]
    >(
      `SELECT client_id AS "clientId", program_id AS "programId", status FROM episode WHERE id = $1`,
      [input.episodeId],
    );
    if (!episode) throw new NotFoundError('Episode');
    if (episode.programId !== group.programId || !isOpenEpisode(episode.status) || !group.active) {
      throw new BadUserInputError([
        {
          field: 'episodeId',
          message: 'Enrol clients of this group’s program in their open episode',
        },
      ]);
    }
    const today = todayIn(group.timeZone);
    const defaultStart =
      group.enrollmentMode === 'CLOSED' || today < group.startsOn ? group.startsOn : today;
    const startsOn = input.startsOn ?? defaultStart;
    if (!isCalendarDate(startsOn)) {
      throw new BadUserInputError([{ field: 'startsOn', message: 'Enter a date' }]);
    }
    const [{ active, member }] = await tx.query<[{ active: number; member: boolean }]>(
      `SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
         bool_or(client_id = $2) AS member
       FROM group_enrollment WHERE group_id = $1 AND status IN ('ACTIVE', 'WAITLISTED')`,
      [group.id, episode.clientId],
    );
    if (member) {
      throw new BadUserInputError([
        { field: 'groupId', message: 'The client is already in this group or on its waitlist' },
      ]);
    }
    const decision = decideEnrollment({
      capacity: group.capacity,
      activeCount: active,
      enrollmentMode: group.enrollmentMode,
      groupStartsOn: group.startsOn,
      groupEndsOn: group.endsOn,
      startsOn,
      joinWaitlist: input.joinWaitlist ?? false,
      today,
    });
    if ('refused' in decision) {
      throw new DomainError('BAD_USER_INPUT', decision.message, {
        fields: [{ field: decision.field, message: decision.message }],
        reason: decision.refused,
      });
    }
    const [saved] = await tx.query<GroupEnrollment[]>(
      `INSERT INTO group_enrollment AS x (group_id, client_id, episode_id, status, starts_on,
         waitlisted_at, created_by_staff_id, updated_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 = 'WAITLISTED' THEN clock_timestamp() END, $6, $6)
       RETURNING ${selectColumns(tx.connection, GroupEnrollment, 'x')}`,
      [
        group.id,
        episode.clientId,
        input.episodeId,
        decision.status,
        startsOn,
        scope.viewer.staffId,
      ],
    );
    await audited(scope, tx, 'CREATE', saved!);
    return saved!;
  });
}

/**
 * Ends a membership (or a place on the waitlist) the caller read at its current version; a place
 * freed is offered to the first waitlisted member in the same transaction.
 */
export async function endEnrollment(
  scope: ClientScope,
  input: EndEnrollmentInput,
): Promise<GroupEnrollment> {
  return scope.db.transaction(async (tx) => {
    const current = await tx.getRepository(GroupEnrollment).findOneBy({
      id: input.id,
      episodeId: input.episodeId,
    });
    if (!current) throw new NotFoundError('GroupEnrollment');
    const group = await lockedGroup(tx, current.groupId);
    if (current.status !== 'ACTIVE' && current.status !== 'WAITLISTED') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `This membership has already ended (${current.status})`,
        {
          from: current.status,
          to: input.status,
        },
      );
    }
    const today = todayIn(group.timeZone);
    const endsOn = input.endsOn ?? today;
    if (!isCalendarDate(endsOn) || endsOn < current.startsOn) {
      throw new BadUserInputError([
        { field: 'endsOn', message: 'End on or after the day the client joined' },
      ]);
    }
    const status = current.status === 'WAITLISTED' ? 'WITHDRAWN' : input.status;
    const ended = await guardedUpdate(tx, GroupEnrollment, 'GroupEnrollment', input, {
      status,
      endsOn,
      updatedByStaffId: scope.viewer.staffId,
    });
    await audited(scope, tx, 'UPDATE', ended);
    if (current.status === 'ACTIVE') await promoteWaitlist(scope, tx, group, today);
    return ended;
  });
}

/**
 * A group's current members and waitlist (in the order places are offered), limited to clients
 * the viewer may read: their chart, or their group records (a facilitator). Each read audited.
 */
export async function listGroupMembers(
  scope: ClientScope,
  groupId: string,
  statuses: readonly string[],
): Promise<GroupMemberRow[]> {
  return (await listMembersOfGroups(scope, [groupId], statuses)).get(groupId) ?? [];
}

/** listGroupMembers for several groups in one statement (a list of groups, e.g. Today's). */
export async function listMembersOfGroups(
  scope: ClientScope,
  groupIds: readonly string[],
  statuses: readonly string[],
): Promise<Map<string, GroupMemberRow[]>> {
  const params = new SqlParams([groupIds, statuses]);
  const read = scope.episodeCondition('READ_CHART', params);
  const group = scope.episodeCondition('READ_GROUP_RECORDS', params);
  const rows = await scope.db.query<GroupMemberRow[]>(
    `SELECT ${selectColumns(scope.db, GroupEnrollment, 'x')},
       coalesce(c.preferred_name, c.first_name) || ' ' || c.last_name AS "clientName"
     FROM group_enrollment x JOIN episode e ON e.id = x.episode_id JOIN client c ON c.id = x.client_id
     WHERE x.group_id = ANY($1::uuid[]) AND x.status = ANY($2::text[]) AND (${read} OR ${group})
     ORDER BY x.status, x.waitlisted_at NULLS FIRST, c.last_name, x.id`,
    params.values,
  );
  for (const r of rows) scope.audit.read('GroupEnrollment', r.id, r.clientId);
  const members = new Map<string, GroupMemberRow[]>();
  for (const id of groupIds) {
    const mine = rows.filter((r) => r.groupId === id);
    const waitlist = waitlistOrder(
      mine
        .filter((r) => r.status === 'WAITLISTED')
        .map((r) => Object.assign(r, { waitlistedAt: r.waitlistedAt ?? new Date(0) })),
    );
    members.set(id, [
      ...mine.filter((r) => r.status === 'ACTIVE'),
      ...waitlist,
      ...mine.filter((r) => !['ACTIVE', 'WAITLISTED'].includes(r.status)),
    ]);
  }
  return members;
}

/** Active and waitlisted counts per group (not client data: numbers only). */
export async function groupFills(
  manager: EntityManager,
  groupIds: readonly string[],
): Promise<Map<string, { active: number; waitlisted: number }>> {
  const rows = await manager.query<{ groupId: string; active: number; waitlisted: number }[]>(
    `SELECT group_id AS "groupId", count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
       count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
     FROM group_enrollment WHERE group_id = ANY($1::uuid[]) AND status IN ('ACTIVE', 'WAITLISTED')
     GROUP BY group_id`,
    [groupIds],
  );
  return new Map(rows.map((r) => [r.groupId, r]));
}
