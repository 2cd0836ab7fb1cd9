import type { ScheduledJob } from './job-runner.js';
import { rowsOf, type Queryable } from './referral-jobs.js';

/**
 * Flags each community resource whose details are due to be checked again: never verified, or
 * last verified the program's `resource_reverify_days` or more days ago (calendar days in the
 * program's time zone, as `needsReverification` in the domain). `reverify_due_on` is the day it
 * fell due (today for one never verified). A flag whose resource is no longer due (the program
 * lengthened its period) is cleared. One statement that only touches rows whose flag is wrong, so
 * a second run, or a second runner at the same moment, changes nothing.
 */
export async function flagResourcesToReverify(
  db: Queryable,
): Promise<{ flagged: number; cleared: number }> {
  const [counts] = await db.query<{ flagged: number; cleared: number }[]>(
    `WITH due AS (
       SELECT x.id, x.reverify_due_on AS flag, (now() AT TIME ZONE p.time_zone)::date AS today,
         coalesce((x.last_verified_at AT TIME ZONE p.time_zone)::date + p.resource_reverify_days,
           (now() AT TIME ZONE p.time_zone)::date) AS due_on
       FROM community_resource x JOIN program p ON p.id = x.program_id
     ), changed AS (
       UPDATE community_resource x
       SET reverify_due_on = CASE WHEN due.due_on <= due.today THEN due.due_on END
       FROM due
       WHERE due.id = x.id
         AND ((due.flag IS NULL AND due.due_on <= due.today)
           OR (due.flag IS NOT NULL AND due.due_on > due.today))
       RETURNING x.reverify_due_on
     )
     SELECT count(*) FILTER (WHERE reverify_due_on IS NOT NULL)::int AS flagged,
       count(*) FILTER (WHERE reverify_due_on IS NULL)::int AS cleared
     FROM changed`,
  );
  return counts ?? { flagged: 0, cleared: 0 };
}

/** The directory's upkeep, hourly (idempotent: a missed hour is caught up by the next). */
export const resourceJobs: ScheduledJob[] = [
  {
    name: 'resources_reverify',
    schedule: '5 * * * *',
    task: async (_payload, helpers) => {
      const { flagged, cleared } = await helpers.withPgClient(async (client) =>
        flagResourcesToReverify(rowsOf(client)),
      );
      helpers.logger.info(`flagged ${flagged} resource(s) to re-verify, cleared ${cleared}`);
    },
  },
];
