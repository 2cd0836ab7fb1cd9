import {
  localDate,
  localTimeOf,
  sessionKindLabel,
  type ClinicalSessionKind,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../graphql/errors.js';

/**
 * Takes the booking locks of the people a session involves (its staff and its client), in one
 * statement and a fixed order, until the transaction ends: two bookings of the same person wait
 * for each other, so the second sees the first and is refused; bookings of different people run
 * side by side. Transaction-scoped advisory locks: nothing to release, nothing left behind.
 */
export async function lockPeople(
  tx: EntityManager,
  staffIds: readonly string[],
  clientId: string | null,
): Promise<void> {
  const keys = [
    ...staffIds.map((id) => `staff:${id}`),
    ...(clientId ? [`client:${clientId}`] : []),
  ];
  await tx.query(lockKeysSql('SELECT DISTINCT unnest($1::text[]) AS k ORDER BY 1'), [keys]);
}

/** Locks each person key (`staff:<id>`, `client:<id>`) `keys` answers, as column k, in its order. */
const lockKeysSql = (keys: string) =>
  `SELECT pg_advisory_xact_lock(hashtextextended(k, 7411)) FROM (${keys}) keys`;

/**
 * The booking locks of the clients of these episodes, as `lockPeople` takes them (same keys, same
 * order): saving attendance that makes a client attend waits for any booking or other attendance
 * save of that client, so Rule 3's overlap check that follows sees what they wrote.
 */
export async function lockClientsOf(
  tx: EntityManager,
  episodeIds: readonly string[],
): Promise<void> {
  await tx.query(
    lockKeysSql(
      `SELECT DISTINCT 'client:' || client_id AS k FROM episode WHERE id = ANY($1::uuid[]) ORDER BY 1`,
    ),
    [episodeIds],
  );
}

interface ClashRow {
  id: string;
  kind: ClinicalSessionKind;
  groupName: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  staffName: string | null;
  clientClash: boolean;
}

/**
 * Refuses a session that would overlap (half-open: back to back is fine) a scheduled or held
 * session of any of its staff or of its client — a client's group sessions count on the dates
 * they are an active member. Run after `lockPeople`, inside the same transaction. The refusal
 * names the clashing session by kind, group name and local time; never another client's name.
 */
export async function refuseDoubleBooking(
  tx: EntityManager,
  s: { startsAt: Date; endsAt: Date; staffIds: readonly string[]; clientId: string | null },
  excludeSessionId: string | null = null,
): Promise<void> {
  const [clash] = await tx.query<ClashRow[]>(
    `SELECT cs.id, cs.kind, g.name AS "groupName", cs.starts_at AS "startsAt", cs.ends_at AS "endsAt",
       p.time_zone AS "timeZone",
       (SELECT st.first_name || ' ' || st.last_name FROM clinical_session_staff x
          JOIN staff st ON st.id = x.staff_id
          WHERE x.session_id = cs.id AND x.staff_id = ANY($3::uuid[]) ORDER BY st.last_name LIMIT 1)
         AS "staffName",
       (cs.episode_id IN (SELECT id FROM episode WHERE client_id = $4)
        OR EXISTS (SELECT 1 FROM group_enrollment ge WHERE ge.group_id = cs.group_id
                     AND ge.client_id = $4 AND ge.status = 'ACTIVE' AND ge.starts_on <= cs.occurrence_date
                     AND (ge.ends_on IS NULL OR ge.ends_on >= cs.occurrence_date))) AS "clientClash"
     FROM clinical_session cs
     JOIN program p ON p.id = cs.program_id
     LEFT JOIN therapy_group g ON g.id = cs.group_id
     WHERE cs.starts_at < $2 AND cs.ends_at > $1 AND cs.status IN ('SCHEDULED', 'HELD')
       AND cs.id IS DISTINCT FROM $5::uuid
       AND (cs.id IN (SELECT x.session_id FROM clinical_session_staff x WHERE x.staff_id = ANY($3::uuid[]))
            OR cs.episode_id IN (SELECT id FROM episode WHERE client_id = $4)
            OR cs.group_id IN (SELECT ge.group_id FROM group_enrollment ge WHERE ge.client_id = $4
                                 AND ge.status = 'ACTIVE' AND ge.starts_on <= cs.occurrence_date
                                 AND (ge.ends_on IS NULL OR ge.ends_on >= cs.occurrence_date)))
     ORDER BY cs.starts_at, cs.id LIMIT 1`,
    [s.startsAt, s.endsAt, s.staffIds, s.clientId, excludeSessionId],
  );
  if (!clash) return;
  const who = clash.clientClash ? 'The client' : (clash.staffName ?? 'A member of staff');
  const kind = sessionKindLabel[clash.kind].toLowerCase();
  const what = clash.groupName
    ? `the group “${clash.groupName}”`
    : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  const when = `${localDate(clash.startsAt, clash.timeZone)} ${localTimeOf(clash.startsAt, clash.timeZone)}–${localTimeOf(clash.endsAt, clash.timeZone)}`;
  const message = `Double booking: ${who} already has ${what} on ${when}`;
  throw new DomainError('BAD_USER_INPUT', message, {
    fields: [{ field: 'startsAt', message }],
    reason: 'DOUBLE_BOOKED',
    clash: {
      sessionId: clash.id,
      kind: clash.kind,
      groupName: clash.groupName,
      startsAt: clash.startsAt.toISOString(),
      endsAt: clash.endsAt.toISOString(),
    },
  });
}
