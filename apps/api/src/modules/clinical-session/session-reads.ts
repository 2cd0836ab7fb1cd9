import DataLoader from 'dataloader';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { Staff } from '../staff/staff.entity.js';
import { ClinicalSession, ClinicalSessionParticipant } from './clinical-session.entity.js';

/** A session read for one client's chart (the client it was read for, for the audit). */
export type ClientSessionRow = ClinicalSession & { clientId: string };

const MAX_RANGE_DAYS = 400;

/**
 * A client's sessions between two instants: those booked on episodes the viewer may read, and the
 * group sessions held on dates they were an active member (through an episode the viewer may
 * read). Cancelled ones included, so a chart shows what did not happen. Each read audited.
 */
export async function clientSessions(
  scope: ClientScope,
  clientId: string,
  from: Date,
  to: Date,
  episodeId: string | null = null,
): Promise<ClientSessionRow[]> {
  if (
    to.getTime() <= from.getTime() ||
    to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000
  ) {
    throw new BadUserInputError([
      { field: 'to', message: `Choose a range after from, of at most ${MAX_RANGE_DAYS} days` },
    ]);
  }
  const params = new SqlParams([clientId, from, to, episodeId]);
  const readable = scope.episodeCondition('READ_CHART', params);
  // Each way in is its own set of ids, driven from the client's episodes and enrolments: as one
  // OR with a correlated EXISTS, the planner priced the enrolment check for every session of the
  // clinic in the window (~440 each: 58,000 for a clinician's chart in a test database of 14,000
  // clients, on the way to jit_above_cost; operation-plans.int.test.ts).
  const rows = await scope.db.query<ClientSessionRow[]>(
    `SELECT ${selectColumns(scope.db, ClinicalSession, 's')}, $1::uuid AS "clientId"
     FROM clinical_session s
     WHERE s.id IN (
       SELECT cs.id FROM clinical_session cs
       WHERE cs.starts_at < $3 AND cs.ends_at > $2
         AND cs.episode_id IN (SELECT e.id FROM episode e WHERE e.client_id = $1
                                 AND ($4::uuid IS NULL OR e.id = $4) AND ${readable})
       UNION
       SELECT cs.id FROM group_enrollment ge
         JOIN episode e ON e.id = ge.episode_id
         JOIN clinical_session cs ON cs.group_id = ge.group_id
       WHERE ge.client_id = $1 AND ($4::uuid IS NULL OR e.id = $4)
         AND ge.status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN')
         AND cs.starts_at < $3 AND cs.ends_at > $2
         AND ge.starts_on <= cs.occurrence_date
         AND (ge.ends_on IS NULL OR ge.ends_on >= cs.occurrence_date) AND ${readable})
     ORDER BY s.starts_at, s.id LIMIT 500`,
    params.values,
  );
  for (const r of rows) scope.audit.read('ClinicalSession', r.id, clientId);
  return rows;
}

/** Per-request loaders for a session's staff and its family participants. */
export function createSessionLoaders(scope: () => ClientScope) {
  return {
    staff: new DataLoader<string, Staff[]>(async (sessionIds) => {
      const s = scope();
      const rows = await s.db.query<(Staff & { sessionId: string })[]>(
        `SELECT ${selectColumns(s.db, Staff, 'st')}, x.session_id AS "sessionId"
         FROM clinical_session_staff x JOIN staff st ON st.id = x.staff_id
         WHERE x.session_id = ANY($1::uuid[]) ORDER BY st.last_name, st.first_name`,
        [sessionIds],
      );
      return sessionIds.map((id) => rows.filter((r) => r.sessionId === id));
    }),
    /** Family members are client data: read for sessions on episodes the viewer may read. */
    participants: new DataLoader<string, ClinicalSessionParticipant[]>(async (sessionIds) => {
      const s = scope();
      const params = new SqlParams([sessionIds]);
      const rows = await s.db.query<(ClinicalSessionParticipant & { clientId: string })[]>(
        `SELECT ${selectColumns(s.db, ClinicalSessionParticipant, 'p')}, e.client_id AS "clientId"
         FROM clinical_session_participant p JOIN clinical_session cs ON cs.id = p.session_id
         JOIN episode e ON e.id = cs.episode_id
         WHERE p.session_id = ANY($1::uuid[]) AND ${s.episodeCondition('READ_CHART', params)}
         ORDER BY p.relation, p.name`,
        params.values,
      );
      for (const r of rows) s.audit.read('ClinicalSessionParticipant', r.id, r.clientId);
      return sessionIds.map((id) => rows.filter((r) => r.sessionId === id));
    }),
  };
}
