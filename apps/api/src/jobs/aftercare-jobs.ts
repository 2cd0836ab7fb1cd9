import { aftercareMoves, type EpisodeStatus } from '@waypoint/domain';
import type { ScheduledJob } from './job-runner.js';
import { rowsOf, type Queryable } from './referral-jobs.js';

interface Candidate {
  id: string;
  status: EpisodeStatus;
  firstDueOn: string | null;
  endsOn: string;
  today: string;
}

const REASONS: Partial<Record<EpisodeStatus, string>> = {
  FOLLOW_UP: 'The first follow-up contact is due',
  CLOSED: 'The follow-up period is over',
};

/**
 * Moves discharged episodes along aftercare as their schedule says (the domain's aftercareMoves,
 * judged on "today" in each program's time zone): DISCHARGED → FOLLOW_UP on the first contact's
 * day, → CLOSED when the period has run out. Each step is recorded as a transition, attributed
 * to the staff member who discharged (the schedule is theirs), and audited as the job's.
 * The UPDATE only takes episodes still in the status they were read in, so a second runner (or a
 * member of staff who moved the episode meanwhile) makes it move once.
 */
export async function advanceAftercare(db: Queryable): Promise<number> {
  const candidates = await db.query<Candidate[]>(
    `SELECT e.id, e.status, d.first_follow_up_on::text AS "firstDueOn",
       d.follow_up_ends_on::text AS "endsOn", (now() AT TIME ZONE p.time_zone)::date::text AS today
     FROM episode e JOIN discharge d ON d.episode_id = e.id JOIN program p ON p.id = e.program_id
     WHERE e.status IN ('DISCHARGED', 'FOLLOW_UP')
       AND (d.first_follow_up_on <= (now() AT TIME ZONE p.time_zone)::date
         OR d.follow_up_ends_on < (now() AT TIME ZONE p.time_zone)::date)`,
  );
  const moves = candidates.flatMap((c) => {
    const steps = aftercareMoves(c.status, c, c.today);
    return steps.length ? [{ id: c.id, from: c.status, steps }] : [];
  });
  if (!moves.length) return 0;
  const steps = moves.flatMap((m) =>
    m.steps.map((to, i) => ({ id: m.id, from: i === 0 ? m.from : m.steps[i - 1]!, to })),
  );
  const rows = await db.query<{ id: string }[]>(
    `WITH f AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) AS f(id, from_status, to_status)
     ), moved AS (
       UPDATE episode e SET status = f.to_status, version = e.version + 1, updated_at = now()
       FROM f WHERE e.id = f.id AND e.status = f.from_status
       RETURNING e.id, e.client_id
     ), steps AS (
       SELECT m.id, m.client_id, s.from_status, s.to_status, d.created_by_id
       FROM moved m JOIN discharge d ON d.episode_id = m.id
       JOIN unnest($4::uuid[], $5::text[], $6::text[]) AS s(id, from_status, to_status) ON s.id = m.id
     ), history AS (
       INSERT INTO episode_transition (episode_id, from_status, to_status, reason, actor_staff_id)
       SELECT id, from_status, to_status,
         CASE to_status WHEN 'CLOSED' THEN $7 ELSE $8 END,
         created_by_id
       FROM steps
     ), audited AS (
       INSERT INTO audit_event (action, record_type, record_id, client_id, outcome, request_id, note)
       SELECT 'UPDATE', 'Episode', id, client_id, 'SUCCESS', 'job:aftercare_advance',
         from_status || ' → ' || to_status FROM steps
     )
     SELECT id FROM moved`,
    [
      moves.map((m) => m.id),
      moves.map((m) => m.from),
      moves.map((m) => m.steps.at(-1)),
      steps.map((s) => s.id),
      steps.map((s) => s.from),
      steps.map((s) => s.to),
      REASONS.CLOSED,
      REASONS.FOLLOW_UP,
    ],
  );
  return rows.length;
}

/** Aftercare moves, checked hourly (a day's change reaches every time zone within the hour). */
export const aftercareJobs: ScheduledJob[] = [
  {
    name: 'aftercare_advance',
    schedule: '7 * * * *',
    task: async (_payload, helpers) => {
      const moved = await helpers.withPgClient(async (client) => advanceAftercare(rowsOf(client)));
      helpers.logger.info(`moved ${moved} episode(s) along aftercare`);
    },
  },
];
