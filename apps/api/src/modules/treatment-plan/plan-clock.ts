import type { EntityManager } from 'typeorm';
import {
  episodePhase,
  instantToMs,
  localDate,
  nextReviewDue,
  reviewDueStatus,
  todayIn,
  type CalendarDate,
  type EpisodeStatus,
  type Instant,
  type ReviewDue,
  type ReviewDueReason,
  type ReviewDueStatus,
  type ReviewClockProgram,
  type ReviewTriggerEvent,
} from '@waypoint/domain';
import { loadRecordTriggers } from '../measure/record-triggers.js';

/**
 * The review clock (Rule 1) is computed by the domain's `nextReviewDue` on every write that changes
 * one of its inputs, and stored on the episode (`review_due_on`, `review_due_reason`, …). Lists,
 * dashboards and the plan's `reviewClock` read those columns; none re-implements the rule. Where
 * a due date stands (overdue, due soon) depends on the program's today and is derived at read time.
 *
 * Write points call `recomputeReviewClock(tx, episodeId)` in their transaction: plan activation
 * and closing, a review that continues the plan, every episode transition (admission starts the
 * initial-plan window, leaving treatment stops the clock), every level-of-care change, and every
 * measure or drug screen that may fire a trigger (measure/record-triggers.ts).
 */
export interface ClockEpisode {
  admittedAt: Instant | null;
  openedAt: Instant;
}

/** When the client was admitted. An episode admitted before admission was recorded falls back to when it opened. */
export function admissionInstant(episode: ClockEpisode): Instant {
  return episode.admittedAt ?? episode.openedAt;
}

/** The admission date in the program's time zone: nothing clinical is dated before it. */
export function admissionDate(episode: ClockEpisode, timeZone: string): CalendarDate {
  return localDate(admissionInstant(episode), timeZone);
}

/** One level-of-care record, as the episode's history holds them (oldest first). */
export interface LevelOfCareRecord {
  changedAt: Instant;
  clinicalLevel: string;
  authorizedLevel: string | null;
}

/**
 * The instants at which the level of care actually changed: a record that repeats the level in
 * force (clinical and authorized alike) is not a change and does not bring a review forward.
 */
export function levelChanges(history: readonly LevelOfCareRecord[]): Instant[] {
  const changes: Instant[] = [];
  let previous: LevelOfCareRecord | undefined;
  for (const record of history) {
    if (
      !previous ||
      previous.clinicalLevel !== record.clinicalLevel ||
      previous.authorizedLevel !== record.authorizedLevel
    ) {
      changes.push(record.changedAt);
    }
    previous = record;
  }
  return changes;
}

/** Everything the clock of one episode depends on, as loaded from the records. */
export interface ClockFacts extends ClockEpisode {
  status: EpisodeStatus;
  program: ReviewClockProgram;
  /** The plan version in effect (ACTIVE), if any. */
  activePlan: { activatedAt: Instant | null; lastReviewedAt: Instant | null } | null;
  /** When the last plan that was in effect ended; null if none ever ended. */
  lastPlanEndedAt: Instant | null;
  /** When the episode entered its current status (null if no transition is recorded). */
  statusSince: Instant | null;
  levelOfCare: readonly LevelOfCareRecord[];
  /** Start instants of missed sessions (attendance/missed-sessions in the domain decides which). */
  missedSessions?: readonly Instant[];
  /** Triggers fired by the episode's measures and drug screens (measure/record-triggers.ts). */
  recordTriggers?: readonly ReviewTriggerEvent[];
}

/**
 * The due date and reason to store for an episode, or null when the clock does not run: only a
 * client in treatment (orientation to discharge planning) has a plan or initial plan due.
 * A plan closed in discharge planning stops the clock (the episode is ending); a client who then
 * returns to treatment needs a new plan within the initial-plan window of the later of the plan's
 * end and the return, so they do not drop off every list.
 */
export function episodeReviewDue(facts: ClockFacts): ReviewDue | null {
  if (episodePhase(facts.status) !== 'IN_TREATMENT') return null;
  const plan = facts.activePlan;
  const ended = plan ? null : facts.lastPlanEndedAt;
  if (ended && facts.status === 'DISCHARGE_PLANNING') return null;
  return nextReviewDue({
    program: facts.program,
    admittedAt: admissionInstant(facts),
    lastActivatedAt: plan?.activatedAt ?? null,
    lastReviewedAt: plan?.lastReviewedAt ?? null,
    lastPlanEndedAt: ended && later(ended, facts.statusSince),
    triggers: [
      ...levelChanges(facts.levelOfCare).map((at) => ({
        kind: 'LEVEL_OF_CARE_CHANGE' as const,
        at,
      })),
      ...(facts.recordTriggers ?? []),
    ],
    missedSessions: facts.missedSessions ?? [],
  });
}

function later(a: Instant, b: Instant | null): Instant {
  return b !== null && instantToMs(b) > instantToMs(a) ? b : a;
}

type Db = Pick<EntityManager, 'query'>;

interface FactsRow {
  id: string;
  status: EpisodeStatus;
  openedAt: Date;
  admittedAt: Date | null;
  timeZone: string;
  planReviewIntervalDays: number;
  initialPlanDueDays: number;
  activatedAt: Date | null;
  lastReviewedAt: Date | null;
  hasActivePlan: boolean;
  lastPlanEndedAt: Date | null;
  statusSince: Date | null;
  levelOfCare: { changedAt: string; clinicalLevel: string; authorizedLevel: string | null }[];
  missedSessions: Date[];
}

/** Loads the clock's inputs for many episodes in one statement. */
export async function loadClockFacts(
  db: Db,
  episodeIds: readonly string[],
): Promise<Map<string, ClockFacts>> {
  const rows = await db.query<FactsRow[]>(
    `SELECT e.id, e.status, e.opened_at AS "openedAt", e.admitted_at AS "admittedAt",
       pr.time_zone AS "timeZone", pr.plan_review_interval_days AS "planReviewIntervalDays",
       pr.initial_plan_due_days AS "initialPlanDueDays",
       ap.activated_at AS "activatedAt", ap.last_reviewed_at AS "lastReviewedAt",
       ap.id IS NOT NULL AS "hasActivePlan",
       (SELECT max(tp.ended_at) FROM treatment_plan tp
        WHERE tp.episode_id = e.id AND tp.activated_at IS NOT NULL AND tp.status <> 'ACTIVE') AS "lastPlanEndedAt",
       (SELECT max(t.occurred_at) FROM episode_transition t
        WHERE t.episode_id = e.id AND t.to_status = e.status) AS "statusSince",
       coalesce((SELECT json_agg(json_build_object('changedAt', l.changed_at, 'clinicalLevel', l.clinical_level,
                  'authorizedLevel', l.authorized_level) ORDER BY l.changed_at, l.id)
                 FROM level_of_care_change l WHERE l.episode_id = e.id), '[]') AS "levelOfCare",
       -- Missed sessions (the domain's isMissedSession): an unexcused absence from a session
       -- that was not cancelled, or a session of the episode marked NO_SHOW with no attendance.
       coalesce((SELECT array_agg(m.at ORDER BY m.at) FROM (
                   SELECT cs.starts_at AS at FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
                   WHERE a.episode_id = e.id AND a.status = 'ABSENT_UNEXCUSED' AND cs.status <> 'CANCELLED'
                   UNION ALL
                   SELECT cs.starts_at FROM clinical_session cs
                   WHERE cs.episode_id = e.id AND cs.status = 'NO_SHOW' AND NOT EXISTS (
                     SELECT 1 FROM attendance a WHERE a.session_id = cs.id AND a.episode_id = e.id)) m),
                '{}') AS "missedSessions"
     FROM episode e
     JOIN program pr ON pr.id = e.program_id
     LEFT JOIN treatment_plan ap ON ap.episode_id = e.id AND ap.status = 'ACTIVE'
     WHERE e.id = ANY($1::uuid[])`,
    [episodeIds],
  );
  const triggers = await loadRecordTriggers(db, episodeIds);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        status: r.status,
        openedAt: r.openedAt,
        admittedAt: r.admittedAt,
        program: {
          timeZone: r.timeZone,
          planReviewIntervalDays: r.planReviewIntervalDays,
          initialPlanDueDays: r.initialPlanDueDays,
        },
        activePlan: r.hasActivePlan
          ? { activatedAt: r.activatedAt, lastReviewedAt: r.lastReviewedAt }
          : null,
        lastPlanEndedAt: r.lastPlanEndedAt,
        statusSince: r.statusSince,
        levelOfCare: r.levelOfCare,
        missedSessions: r.missedSessions,
        recordTriggers: triggers.get(r.id) ?? [],
      },
    ]),
  );
}

const BATCH = 2_000;

/**
 * Computes the review clock of these episodes with the domain function and stores it. Call it in
 * the transaction of every write that changes an input (see the file comment). The episode rows
 * are locked first, so two writes to one episode at once cannot each store a clock computed
 * without the other's change. Storing a derived value is not an edit: `version` does not move.
 * Returns what was stored, by episode id.
 */
export async function recomputeReviewClocks(
  db: Db,
  episodeIds: readonly string[],
): Promise<Map<string, StoredReviewClock>> {
  const stored = new Map<string, StoredReviewClock>();
  const unique = [...new Set(episodeIds)].sort();
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    await db.query(
      `SELECT 1 FROM episode WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
      [batch],
    );
    // A new statement, so it sees what any write that held the lock committed.
    const facts = await loadClockFacts(db, batch);
    for (const [id, f] of facts) {
      const due = episodeReviewDue(f);
      stored.set(id, {
        reviewDueOn: due?.dueDate ?? null,
        reviewDueReason: due?.reason ?? null,
        reviewScheduledOn: due?.scheduledDate ?? null,
        reviewTriggeredAt: due?.triggeredAt ? new Date(due.triggeredAt) : null,
      });
    }
    const rows = batch.flatMap((id) => {
      const c = stored.get(id);
      return c ? [{ id, ...c }] : [];
    });
    await db.query(
      `UPDATE episode e SET review_due_on = v.due_on, review_due_reason = v.reason,
         review_scheduled_on = v.scheduled_on, review_triggered_at = v.triggered_at
       FROM unnest($1::uuid[], $2::date[], $3::text[], $4::date[], $5::timestamptz[])
         AS v(id, due_on, reason, scheduled_on, triggered_at)
       WHERE e.id = v.id
         AND (e.review_due_on, e.review_due_reason, e.review_scheduled_on, e.review_triggered_at)
           IS DISTINCT FROM (v.due_on, v.reason, v.scheduled_on, v.triggered_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.reviewDueOn),
        rows.map((r) => r.reviewDueReason),
        rows.map((r) => r.reviewScheduledOn),
        rows.map((r) => r.reviewTriggeredAt?.toISOString() ?? null),
      ],
    );
  }
  return stored;
}

const NO_CLOCK: StoredReviewClock = {
  reviewDueOn: null,
  reviewDueReason: null,
  reviewScheduledOn: null,
  reviewTriggeredAt: null,
};

/** The one write-point hook: recompute and store one episode's review clock, and return it. */
export async function recomputeReviewClock(db: Db, episodeId: string): Promise<StoredReviewClock> {
  return (await recomputeReviewClocks(db, [episodeId])).get(episodeId) ?? NO_CLOCK;
}

/** The clock columns as an episode row carries them. */
export interface StoredReviewClock {
  reviewDueOn: CalendarDate | null;
  reviewDueReason: ReviewDueReason | null;
  reviewScheduledOn: CalendarDate | null;
  reviewTriggeredAt: Date | null;
}

export interface ReviewClockView {
  dueDate: CalendarDate;
  reason: ReviewDueReason;
  status: ReviewDueStatus;
  daysUntilDue: number;
  scheduledDate: CalendarDate;
  triggeredAt: string | null;
}

/** The stored clock as the API shows it: where it stands on the program's today. */
export function storedReviewClock(
  episode: StoredReviewClock,
  timeZone: string,
  now: Instant = new Date(),
): ReviewClockView | null {
  if (!episode.reviewDueOn || !episode.reviewDueReason) return null;
  return {
    dueDate: episode.reviewDueOn,
    reason: episode.reviewDueReason,
    ...reviewDueStatus(episode.reviewDueOn, todayIn(timeZone, now)),
    scheduledDate: episode.reviewScheduledOn ?? episode.reviewDueOn,
    triggeredAt: episode.reviewTriggeredAt?.toISOString() ?? null,
  };
}

const PLAN_DUE: readonly ReviewDueReason[] = ['INITIAL_PLAN', 'NEW_PLAN'];

/** The clock while a plan is due to be written (initial, or new after one was closed), else null. */
export function initialPlanClock(
  episode: StoredReviewClock,
  timeZone: string,
  now: Instant = new Date(),
): ReviewClockView | null {
  const clock = storedReviewClock(episode, timeZone, now);
  return clock && PLAN_DUE.includes(clock.reason) ? clock : null;
}

/** The clock of the plan in effect (its next review), or null when none runs. */
export function activePlanClock(
  episode: StoredReviewClock,
  timeZone: string,
  now: Instant = new Date(),
): ReviewClockView | null {
  const clock = storedReviewClock(episode, timeZone, now);
  return clock && !PLAN_DUE.includes(clock.reason) ? clock : null;
}
