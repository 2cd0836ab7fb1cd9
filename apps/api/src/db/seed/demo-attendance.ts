import type { EntityManager } from 'typeorm';

/**
 * Twelve weeks of attendance on the demo clinic's past group sessions, in one statement (and one
 * to mark those sessions HELD). Deterministic: each client's pattern and each line's roll come from
 * hashes of the ids, so every run of the seed tells the same story:
 * - one client in ten misses often without notice (unexcused absences, so some have three in 14
 *   days and a plan review brought forward: MISSED_SESSIONS);
 * - one in ten is often excused (court, childcare, illness) and falls below the weekly hours;
 * - the rest attend nearly always, now and then late or leaving early.
 * Only members enrolled on the date and in treatment at the time are recorded, by one of the
 * group's facilitators, ten minutes after the session. Call before the review clocks are computed.
 */
export async function seedDemoAttendance(
  em: Pick<EntityManager, 'query'>,
  now: Date,
): Promise<number> {
  const [{ n }] = await em.query<[{ n: number }]>(
    `WITH past AS (
       SELECT cs.id, cs.group_id, cs.occurrence_date, cs.starts_at, cs.ends_at,
         floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int AS length,
         (SELECT min(f.staff_id::text)::uuid FROM group_facilitator f WHERE f.group_id = cs.group_id) AS recorder
       FROM clinical_session cs
       WHERE cs.kind = 'GROUP' AND cs.status IN ('SCHEDULED', 'HELD')
         AND cs.ends_at < $1 AND cs.starts_at >= $1::timestamptz - interval '84 days'
     ),
     roster AS (
       SELECT p.*, ge.episode_id, ge.client_id,
         abs(hashtext(p.id::text || ge.episode_id::text)) % 100 AS roll,
         abs(hashtext(ge.episode_id::text)) % 10 AS pattern
       FROM past p
       JOIN group_enrollment ge ON ge.group_id = p.group_id
         AND ge.status IN ('ACTIVE', 'COMPLETED', 'WITHDRAWN')
         AND ge.starts_on <= p.occurrence_date AND (ge.ends_on IS NULL OR ge.ends_on >= p.occurrence_date)
       JOIN episode e ON e.id = ge.episode_id AND e.admitted_at <= p.starts_at
         AND (e.discharged_at IS NULL OR e.discharged_at >= p.starts_at)
       WHERE p.recorder IS NOT NULL
     ),
     judged AS (
       SELECT r.*, CASE
           WHEN r.pattern = 0 AND r.roll < 45 THEN 'ABSENT_UNEXCUSED'
           WHEN r.pattern = 1 AND r.roll < 40 THEN 'ABSENT_EXCUSED'
           WHEN r.roll < 4 THEN 'ABSENT_EXCUSED'
           WHEN r.roll < 6 THEN 'ABSENT_UNEXCUSED'
           WHEN r.roll < 12 THEN 'LATE'
           WHEN r.roll < 15 THEN 'LEFT_EARLY'
           ELSE 'PRESENT' END AS status
       FROM roster r
     ),
     saved AS (
       INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, absence_reason,
         recorded_by_id, recorded_at)
       SELECT j.id, j.episode_id, j.client_id, j.status,
         CASE j.status WHEN 'PRESENT' THEN j.length
           WHEN 'LATE' THEN greatest(1, j.length - 10 - j.roll % 20)
           WHEN 'LEFT_EARLY' THEN greatest(1, j.length - 45 - j.roll % 30)
           ELSE 0 END,
         CASE WHEN j.status = 'ABSENT_EXCUSED' THEN (ARRAY['Medical appointment', 'Court date',
           'Childcare fell through', 'Unwell', 'Work shift changed'])[1 + j.roll % 5] END,
         j.recorder, j.ends_at + interval '10 minutes'
       FROM judged j
       ON CONFLICT (session_id, episode_id) DO NOTHING
       RETURNING session_id
     ),
     held AS (
       UPDATE clinical_session cs SET status = 'HELD'
       WHERE cs.id IN (SELECT session_id FROM saved) AND cs.status = 'SCHEDULED'
       RETURNING cs.id
     )
     SELECT (SELECT count(*) FROM saved)::int + 0 * (SELECT count(*) FROM held)::int AS n`,
    [now],
  );
  return n;
}
