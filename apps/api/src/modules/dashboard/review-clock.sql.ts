import { DEFAULT_DUE_SOON_DAYS, statusesInPhase } from '@waypoint/domain';
import type { SqlParams } from '../access/client-scope.js';

/**
 * The plan review clock (packages/domain/src/treatment-plan/review-clock.ts) as set-based SQL,
 * for dashboards over whole programs. Same definition, tested against the domain function on a
 * generated population (review-clock.sql.int.test.ts):
 * - no ACTIVE plan yet: admission's local date + the program's initial-plan window;
 * - otherwise the later of activation and last review (local date) + the review interval, or the
 *   local date of the first level-of-care change after that instant, whichever is earlier;
 * - status on the program's local `today`: OVERDUE, DUE, DUE_SOON (within `dueSoonDays`), NOT_DUE.
 * The clock runs for episodes in treatment (orientation to discharge planning) that have an
 * ACTIVE plan or have never had one; a plan that was in effect and was closed stops the clock.
 *
 * Yields CTEs ending in `review_clock(episode_id, client_id, program_id, primary_clinician_id,
 * today, due_date, reason, status, days_until_due)`.
 */
export function reviewClockCtes(
  params: SqlParams,
  now: Date,
  dueSoonDays = DEFAULT_DUE_SOON_DAYS,
): string {
  const at = params.add(now.toISOString());
  const inTreatment = params.add(statusesInPhase('IN_TREATMENT'));
  const soon = params.add(dueSoonDays);
  return `
  active_plan AS (
    SELECT episode_id, greatest(activated_at, last_reviewed_at) AS anchor
    FROM treatment_plan WHERE status = 'ACTIVE'
  ),
  ever_active AS (SELECT DISTINCT episode_id FROM treatment_plan WHERE activated_at IS NOT NULL),
  loc_trigger AS (
    SELECT l.episode_id, min(l.changed_at) AS first_at
    FROM level_of_care_change l JOIN active_plan ap ON ap.episode_id = l.episode_id
    WHERE l.changed_at > ap.anchor AND l.level_changed
    GROUP BY l.episode_id
  ),
  clock_base AS (
    SELECT e.id AS episode_id, e.client_id, e.program_id, e.primary_clinician_id,
      (${at}::timestamptz AT TIME ZONE pr.time_zone)::date AS today,
      ap.episode_id IS NULL AS initial,
      CASE WHEN ap.episode_id IS NULL
        THEN (e.admitted_at AT TIME ZONE pr.time_zone)::date + pr.initial_plan_due_days
        ELSE (ap.anchor AT TIME ZONE pr.time_zone)::date + pr.plan_review_interval_days
      END AS scheduled,
      (lt.first_at AT TIME ZONE pr.time_zone)::date AS trigger_date
    FROM episode e
    JOIN program pr ON pr.id = e.program_id
    LEFT JOIN active_plan ap ON ap.episode_id = e.id
    LEFT JOIN loc_trigger lt ON lt.episode_id = e.id
    LEFT JOIN ever_active ea ON ea.episode_id = e.id
    WHERE e.status = ANY(${inTreatment}::text[]) AND e.admitted_at IS NOT NULL
      AND (ap.episode_id IS NOT NULL OR ea.episode_id IS NULL)
  ),
  clock_due AS (
    SELECT b.*,
      CASE WHEN b.trigger_date < b.scheduled THEN b.trigger_date ELSE b.scheduled END AS due_date,
      CASE WHEN b.initial THEN 'INITIAL_PLAN'
           WHEN b.trigger_date < b.scheduled THEN 'LEVEL_OF_CARE_CHANGE'
           ELSE 'INTERVAL' END AS reason
    FROM clock_base b
  ),
  review_clock AS (
    SELECT d.episode_id, d.client_id, d.program_id, d.primary_clinician_id, d.today, d.due_date,
      d.reason, d.due_date - d.today AS days_until_due,
      CASE WHEN d.due_date < d.today THEN 'OVERDUE'
           WHEN d.due_date = d.today THEN 'DUE'
           WHEN d.due_date - d.today <= ${soon}::int THEN 'DUE_SOON'
           ELSE 'NOT_DUE' END AS status
    FROM clock_due d
  )`;
}
