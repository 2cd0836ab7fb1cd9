import { bookSessionSchema, isOpenEpisode, type EpisodeStatus } from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import { ClinicalSession } from './clinical-session.entity.js';
import { lockPeople, refuseDoubleBooking } from './double-booking.js';
import type {
  BookSessionInput,
  CancelSessionInput,
  UpdateSessionInput,
} from './dto/session.input.js';

function audited(
  scope: ClientScope,
  tx: EntityManager,
  action: 'CREATE' | 'UPDATE',
  id: string,
  clientId: string | null,
) {
  return scope.audit.write(
    { action, recordType: 'ClinicalSession', recordId: id, clientId, outcome: 'SUCCESS' },
    tx,
  );
}

/** Staff who may run a session in the program: any clinical role, active. */
async function checkStaff(manager: EntityManager, programId: string, ids: string[]) {
  const found = await manager.query<{ id: string }[]>(
    `SELECT DISTINCT r.staff_id AS id FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
     WHERE r.program_id = $1 AND r.staff_id = ANY($2::uuid[]) AND r.role <> 'ADMIN' AND s.active`,
    [programId, ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))],
  );
  if (found.length !== new Set(ids).size) {
    throw new BadUserInputError([{ field: 'staffIds', message: 'Choose staff of this program' }]);
  }
}

/**
 * Books an individual, family, case-management or intake session on an episode the caller may
 * edit. Its staff and client are locked, then checked for overlapping sessions, in the
 * transaction that writes it: of two concurrent bookings of one person exactly one wins.
 */
export async function bookSession(
  scope: ClientScope,
  input: BookSessionInput,
): Promise<ClinicalSession> {
  const values = parseWith(bookSessionSchema, {
    kind: input.kind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    modality: input.modality,
    location: input.location,
    staffIds: input.staffIds ?? [scope.viewer.staffId],
    participants: input.participants ?? [],
  });
  const [episode] = await scope.db.query<
    { clientId: string; programId: string; status: EpisodeStatus }[]
  >(
    `SELECT client_id AS "clientId", program_id AS "programId", status FROM episode WHERE id = $1`,
    [input.episodeId],
  );
  if (!episode) throw new NotFoundError('Episode');
  if (!isOpenEpisode(episode.status)) {
    throw new BadUserInputError([
      { field: 'episodeId', message: 'Book sessions in an open episode' },
    ]);
  }
  const staffIds = [...new Set(values.staffIds)];
  await checkStaff(scope.db.manager, episode.programId, staffIds);
  return scope.db.transaction(async (tx) => {
    await lockPeople(tx, staffIds, episode.clientId);
    await refuseDoubleBooking(tx, { ...values, staffIds, clientId: episode.clientId });
    const [session] = await tx.query<ClinicalSession[]>(
      `INSERT INTO clinical_session AS x (program_id, kind, episode_id, starts_at, ends_at, status,
         modality, location, created_by_staff_id, updated_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, 'SCHEDULED', $6, $7, $8, $8)
       RETURNING ${selectColumns(tx.connection, ClinicalSession, 'x')}`,
      [
        episode.programId,
        values.kind,
        input.episodeId,
        values.startsAt,
        values.endsAt,
        values.modality,
        values.location,
        scope.viewer.staffId,
      ],
    );
    await tx.query(
      `INSERT INTO clinical_session_staff (session_id, staff_id) SELECT $1, unnest($2::uuid[])`,
      [session!.id, staffIds],
    );
    if (values.participants.length) {
      await tx.query(
        `INSERT INTO clinical_session_participant (session_id, name, relation)
         SELECT $1, * FROM unnest($2::text[], $3::text[])`,
        [
          session!.id,
          values.participants.map((p) => p.name),
          values.participants.map((p) => p.relation),
        ],
      );
    }
    await audited(scope, tx, 'CREATE', session!.id, episode.clientId);
    return session!;
  });
}

async function sessionClient(tx: EntityManager, id: string) {
  const [row] = await tx.query<
    { clientId: string | null; staffIds: string[]; groupId: string | null }[]
  >(
    `SELECT e.client_id AS "clientId", s.group_id AS "groupId",
       ARRAY(SELECT x.staff_id FROM clinical_session_staff x WHERE x.session_id = s.id)::text[] AS "staffIds"
     FROM clinical_session s LEFT JOIN episode e ON e.id = s.episode_id WHERE s.id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError('ClinicalSession');
  return row;
}

/**
 * Moves or changes a session the caller read at its current version; a new time is checked for
 * double booking like a new session. Group sessions: their members are the clients checked.
 */
export async function updateSession(
  scope: ClientScope,
  input: UpdateSessionInput,
): Promise<ClinicalSession> {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    throw new BadUserInputError([{ field: 'endsAt', message: 'End after the start' }]);
  }
  const location = input.location?.trim() ? input.location.trim() : null;
  return scope.db.transaction(async (tx) => {
    const who = await sessionClient(tx, input.id);
    await lockPeople(tx, who.staffIds, who.clientId);
    const status = input.status ?? undefined;
    if ((status ?? 'SCHEDULED') === 'SCHEDULED' || status === 'HELD') {
      await refuseDoubleBooking(
        tx,
        {
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          staffIds: who.staffIds,
          clientId: who.clientId,
        },
        input.id,
      );
    }
    const updated = await guardedUpdate(tx, ClinicalSession, 'ClinicalSession', input, {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      modality: input.modality,
      location,
      status,
      setByHand: true,
      updatedByStaffId: scope.viewer.staffId,
    });
    await audited(scope, tx, 'UPDATE', updated.id, who.clientId);
    return updated;
  });
}

/** Cancels a session the caller read at its current version (it stays on record, cancelled). */
export async function cancelSession(
  scope: ClientScope,
  input: CancelSessionInput,
): Promise<ClinicalSession> {
  return scope.db.transaction(async (tx) => {
    const who = await sessionClient(tx, input.id);
    const updated = await guardedUpdate(tx, ClinicalSession, 'ClinicalSession', input, {
      status: 'CANCELLED',
      updatedByStaffId: scope.viewer.staffId,
    });
    await audited(scope, tx, 'UPDATE', updated.id, who.clientId);
    return updated;
  });
}
