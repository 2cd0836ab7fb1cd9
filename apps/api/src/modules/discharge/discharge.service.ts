import type { EntityManager } from 'typeorm';
import {
  dischargeProblems,
  dischargeTypeLabel,
  followUpPeriod,
  type StaffRole,
} from '@waypoint/domain';
import { guardedUpdate } from '../../db/guarded-update.js';
import { ConflictError } from '../../graphql/conflict.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { requireDecision, rolesIn } from '../episode/clinical-decision.js';
import { episodeFor, transitionEpisode } from '../episode/episode.service.js';
import type { Episode } from '../episode/episode.entity.js';
import { draftSummary } from './discharge-summary.js';
import { Discharge, type DischargeSummary } from './discharge.entity.js';
import type {
  DischargeEpisodeInput,
  DischargeSummaryInput,
  SignDischargeSummaryInput,
  UpdateDischargeSummaryInput,
} from './dto/discharge.inputs.js';

/** Discharge and aftercare are the case manager's work, and the clinician's and director's. */
export const DISCHARGE_ROLES: readonly StaffRole[] = ['CASE_MANAGER', 'CLINICIAN', 'DIRECTOR'];

export async function requireDischargeRole(
  scope: ClientScope,
  episode: Pick<Episode, 'id' | 'clientId' | 'programId'>,
): Promise<void> {
  await requireDecision(
    scope,
    episode,
    rolesIn(scope, episode.programId).some((r) => DISCHARGE_ROLES.includes(r)),
    'Discharge and follow-up are recorded by a case manager, clinician or director of the program',
  );
}

const trimmed = (items: readonly string[]) => items.map((i) => i.trim()).filter(Boolean);

/** Goal outcomes must name goals of the episode's active plan. */
async function recordGoalOutcomes(
  tx: EntityManager,
  scope: ClientScope,
  episode: Episode,
  outcomes: DischargeEpisodeInput['goalOutcomes'],
): Promise<void> {
  if (!outcomes.length) return;
  const ids = outcomes.map((o) => o.goalId);
  // TypeORM answers a raw UPDATE with [rows, affected count].
  const [rows] = await tx.query<[{ id: string }[], number]>(
    `UPDATE plan_goal g SET achievement_status = f.achievement, version = g.version + 1, updated_at = now()
     FROM unnest($1::uuid[], $2::text[]) AS f(id, achievement), plan_problem pp, treatment_plan t
     WHERE g.id = f.id AND pp.id = g.problem_id AND t.id = pp.plan_id
       AND t.episode_id = $3 AND t.status = 'ACTIVE'
     RETURNING g.id`,
    [ids, outcomes.map((o) => o.achievementStatus), episode.id],
  );
  const found = new Set(rows.map((r) => r.id));
  const unknown = outcomes.findIndex((o) => !found.has(o.goalId));
  if (unknown >= 0) {
    throw new BadUserInputError([
      { field: `goalOutcomes.${unknown}.goalId`, message: 'is not a goal of the active plan' },
    ]);
  }
  await scope.audit.write(
    rows.map((r) => ({
      action: 'UPDATE' as const,
      recordType: 'PlanGoal',
      recordId: r.id,
      clientId: episode.clientId,
      outcome: 'SUCCESS' as const,
      note: 'outcome at discharge',
    })),
    tx,
  );
}

async function requireEpisodeReferrals(
  tx: EntityManager,
  episodeId: string,
  referralIds: readonly string[],
): Promise<void> {
  if (!referralIds.length) return;
  const rows = await tx.query<{ id: string }[]>(
    `SELECT id FROM referral WHERE id = ANY($1::uuid[]) AND episode_id = $2`,
    [referralIds, episodeId],
  );
  const found = new Set(rows.map((r) => r.id));
  const unknown = referralIds.findIndex((id) => !found.has(id));
  if (unknown >= 0) {
    throw new BadUserInputError([
      {
        field: `aftercarePlan.referralIds.${unknown}`,
        message: 'is not a referral of this episode',
      },
    ]);
  }
}

/**
 * Discharges an episode (Rule 6) in one transaction: the episode's move to DISCHARGED with type
 * and reason, each goal's final outcome and the plan's closing (episode module), the aftercare
 * plan or the attempt to reach a client who left, the summary drafted from the chart with the
 * caller's edits, and the follow-up contacts. Any failure leaves nothing behind.
 */
export async function dischargeEpisode(
  scope: ClientScope,
  input: DischargeEpisodeInput,
  now = new Date(),
): Promise<Discharge> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  await requireDischargeRole(scope, episode);
  // The role is judged before the version, so a refusal is never hidden behind a conflict.
  if (episode.version !== input.version) throw new ConflictError('Episode', episode);
  const [program] = await scope.db.query<{ timeZone: string; followUpPeriodDays: number }[]>(
    `SELECT time_zone AS "timeZone", follow_up_period_days AS "followUpPeriodDays"
     FROM program WHERE id = $1`,
    [episode.programId],
  );
  // The program's follow-up period unless this discharge sets its own.
  const periodDays = input.followUpPeriodDays ?? program!.followUpPeriodDays;
  const period = followUpPeriod(
    now,
    program!.timeZone,
    input.followUpCadence ?? 'WEEKLY',
    periodDays,
  );
  const dueDates = input.followUpCadence ? period.dueDates : [];
  const plan = input.aftercarePlan
    ? {
        triggers: trimmed(input.aftercarePlan.triggers),
        copingSteps: trimmed(input.aftercarePlan.copingSteps),
        crisisPlan: input.aftercarePlan.crisisPlan.trim(),
        crisisContacts: input.aftercarePlan.crisisContacts
          .map((c) => ({ name: c.name.trim(), phone: c.phone.trim() }))
          .filter((c) => c.name || c.phone),
        mutualSupportMeetings: trimmed(input.aftercarePlan.mutualSupportMeetings),
        medicationContinuity: input.aftercarePlan.medicationContinuity.trim(),
        referralIds: [...new Set(input.aftercarePlan.referralIds)],
      }
    : null;
  const attempt = input.attemptedContact
    ? {
        attemptedAt: input.attemptedContact.attemptedAt.toISOString(),
        method: input.attemptedContact.method,
        note: input.attemptedContact.note.trim(),
      }
    : null;
  const problems = dischargeProblems({
    type: input.dischargeType,
    reason: input.reason,
    aftercarePlan: plan,
    scheduledFollowUps: dueDates.length,
    attemptedContact: attempt,
  });
  if (problems.length) throw new BadUserInputError(problems);

  let discharge: Discharge | undefined;
  await transitionEpisode(
    scope,
    {
      episodeId: episode.id,
      version: input.version,
      to: 'DISCHARGED',
      dischargeType: input.dischargeType,
      reason: input.reason,
    },
    async (tx, moved) => {
      await recordGoalOutcomes(tx, scope, episode, input.goalOutcomes);
      if (plan) await requireEpisodeReferrals(tx, episode.id, plan.referralIds);
      const drafted = await draftSummary(tx, episode.id, {
        dischargedAt: moved.dischargedAt ?? now,
        typeLabel: dischargeTypeLabel(input.dischargeType),
        reason: input.reason.trim(),
        recommendations: '',
      });
      discharge = await insertDischarge(tx, scope, moved, {
        plan,
        attempt,
        cadence: dueDates.length ? (input.followUpCadence ?? null) : null,
        periodDays,
        firstFollowUpOn: dueDates[0] ?? null,
        endsOn: period.endsOn,
        summary: withEdits(drafted, input.summary),
      });
      await scheduleFollowUps(tx, scope, discharge, dueDates);
    },
  );
  return discharge!;
}

async function insertDischarge(
  tx: EntityManager,
  scope: ClientScope,
  episode: Episode,
  d: {
    plan: Discharge['aftercarePlan'];
    attempt: Discharge['attemptedContact'];
    cadence: Discharge['followUpCadence'];
    periodDays: number;
    firstFollowUpOn: string | null;
    endsOn: string;
    summary: DischargeSummary;
  },
): Promise<Discharge> {
  const [row] = await tx.query<Discharge[]>(
    `INSERT INTO discharge (episode_id, client_id, discharge_type, reason, discharged_at,
       aftercare_plan, attempted_contact, follow_up_cadence, follow_up_period_days,
       first_follow_up_on, follow_up_ends_on, summary, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING ${selectColumns(tx.connection, Discharge, 'discharge')}`,
    [
      episode.id,
      episode.clientId,
      episode.dischargeType,
      episode.dischargeReason,
      episode.dischargedAt,
      d.plan ? JSON.stringify(d.plan) : null,
      d.attempt ? JSON.stringify(d.attempt) : null,
      d.cadence,
      d.periodDays,
      d.firstFollowUpOn,
      d.endsOn,
      JSON.stringify(d.summary),
      scope.viewer.staffId,
    ],
  );
  await scope.audit.write(
    {
      action: 'CREATE',
      recordType: 'Discharge',
      recordId: row!.id,
      clientId: episode.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
  return row!;
}

/** Inserts the due dates not yet scheduled; the unique (episode, due day) key makes it idempotent. */
export async function scheduleFollowUps(
  tx: EntityManager,
  scope: ClientScope,
  discharge: Pick<Discharge, 'id' | 'episodeId' | 'clientId'>,
  dueDates: readonly string[],
): Promise<number> {
  if (!dueDates.length) return 0;
  const rows = await tx.query<{ id: string }[]>(
    `INSERT INTO follow_up_contact (discharge_id, episode_id, client_id, due_on)
     SELECT $1, $2, $3, d FROM unnest($4::date[]) AS d
     ON CONFLICT (episode_id, due_on) DO NOTHING RETURNING id`,
    [discharge.id, discharge.episodeId, discharge.clientId, dueDates],
  );
  await scope.audit.write(
    rows.map((r) => ({
      action: 'CREATE' as const,
      recordType: 'FollowUpContact',
      recordId: r.id,
      clientId: discharge.clientId,
      outcome: 'SUCCESS' as const,
    })),
    tx,
  );
  return rows.length;
}

function withEdits(
  draft: DischargeSummary,
  edits: DischargeSummaryInput | null | undefined,
): DischargeSummary {
  const merged = { ...draft };
  for (const key of Object.keys(draft) as (keyof DischargeSummary)[]) {
    const edit = edits?.[key];
    if (typeof edit === 'string') merged[key] = edit.trim();
  }
  return merged;
}

/** The discharge of an episode the viewer may edit, at the version they read. */
async function dischargeForEdit(
  scope: ClientScope,
  episodeId: string,
  version: number,
): Promise<{ episode: Episode; discharge: Discharge }> {
  const episode = await episodeFor(scope, 'EDIT_CHART', episodeId);
  await requireDischargeRole(scope, episode);
  const discharge = await scope.db.getRepository(Discharge).findOneBy({ episodeId });
  if (!discharge) throw new NotFoundError('Discharge');
  if (discharge.summarySignedAt) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'The discharge summary is signed and cannot change',
      {
        from: 'SIGNED',
        to: 'SIGNED',
      },
    );
  }
  return { episode, discharge: { ...discharge, version } };
}

export async function updateDischargeSummary(
  scope: ClientScope,
  input: UpdateDischargeSummaryInput,
): Promise<Discharge> {
  const { episode, discharge } = await dischargeForEdit(scope, input.episodeId, input.version);
  return scope.db.transaction(async (tx) => {
    const updated = await guardedUpdate(tx, Discharge, 'Discharge', discharge, {
      summary: withEdits(discharge.summary, input.summary),
    });
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Discharge',
        recordId: discharge.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: 'summary',
      },
      tx,
    );
    return updated;
  });
}

/** Signing fixes the summary, as a signed note is fixed. */
export async function signDischargeSummary(
  scope: ClientScope,
  input: SignDischargeSummaryInput,
): Promise<Discharge> {
  const { episode, discharge } = await dischargeForEdit(scope, input.episodeId, input.version);
  if (!discharge.summary.recommendations.trim()) {
    throw new BadUserInputError([
      { field: 'summary.recommendations', message: 'write the recommendations before signing' },
    ]);
  }
  return scope.db.transaction(async (tx) => {
    const updated = await guardedUpdate(tx, Discharge, 'Discharge', discharge, {
      summarySignedAt: new Date(),
      summarySignedById: scope.viewer.staffId,
    });
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Discharge',
        recordId: discharge.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: 'summary signed',
      },
      tx,
    );
    return updated;
  });
}
