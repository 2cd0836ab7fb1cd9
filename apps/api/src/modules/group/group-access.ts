import {
  mayManageGroup,
  mayReadGroups,
  type ClientAction,
  type ProgramAction,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';

/** Records an operation on groups can name as its target (graphql/target-authorization.ts). */
export type GroupTargetKind = 'GROUP' | 'SESSION';

export interface GroupForAccess {
  id: string;
  programId: string;
  facilitatorIds: string[];
}

/** A group's program and facilitators, the facts every group check needs (one statement). */
export async function groupForAccess(
  manager: EntityManager,
  groupId: string,
  lock = false,
): Promise<GroupForAccess> {
  const [row] = await manager.query<GroupForAccess[]>(
    `SELECT g.id, g.program_id AS "programId",
       ARRAY(SELECT f.staff_id FROM group_facilitator f WHERE f.group_id = g.id ORDER BY f.staff_id)::text[]
         AS "facilitatorIds"
     FROM therapy_group g WHERE g.id = $1 ${lock ? 'FOR UPDATE OF g' : ''}`,
    [groupId],
  );
  if (!row) throw new NotFoundError('Group');
  return row;
}

async function refuse(scope: ClientScope, recordType: string, recordId: string | null) {
  await scope.audit.write({
    action: 'UPDATE',
    recordType,
    recordId,
    clientId: null,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', 'Only a director or a facilitator of this group may do this');
}

/** Refuses (audited) unless the viewer is a director of the group's program or facilitates it. */
export async function requireGroupManager(
  scope: ClientScope,
  group: GroupForAccess,
): Promise<void> {
  const { programRoles, staffId } = scope.viewer;
  if (mayManageGroup(programRoles, group.programId, staffId, group.facilitatorIds)) return;
  await refuse(scope, 'Group', group.id);
}

/** Refuses (audited) unless the viewer works in the program (any role but ADMIN). */
export async function requireGroupReader(scope: ClientScope, programId: string): Promise<void> {
  if (mayReadGroups(scope.viewer.programRoles, programId)) return;
  await scope.audit.write({
    action: 'READ',
    recordType: 'Group',
    recordId: null,
    clientId: null,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', 'Your role in this program does not allow this');
}

/**
 * The target check of operations on a group or a session (before their input is validated): a
 * group, and a group session, by a director of its program or one of its facilitators; a session
 * booked for a client, by whoever may edit that episode's chart.
 */
export async function requireGroupTarget(
  scope: ClientScope,
  _action: ClientAction | ProgramAction,
  kind: GroupTargetKind,
  id: string,
): Promise<void> {
  if (kind === 'GROUP')
    return requireGroupManager(scope, await groupForAccess(scope.db.manager, id));
  const [session] = await scope.db.query<
    { groupId: string | null; episodeId: string | null; clientId: string | null }[]
  >(
    `SELECT s.group_id AS "groupId", s.episode_id AS "episodeId", e.client_id AS "clientId"
     FROM clinical_session s LEFT JOIN episode e ON e.id = s.episode_id WHERE s.id = $1`,
    [id],
  );
  if (!session) throw new NotFoundError('ClinicalSession');
  if (session.groupId) {
    return requireGroupManager(scope, await groupForAccess(scope.db.manager, session.groupId));
  }
  await scope.requireEpisode(
    'EDIT_CHART',
    { id: session.episodeId!, clientId: session.clientId! },
    { recordType: 'ClinicalSession', recordId: id },
  );
}
