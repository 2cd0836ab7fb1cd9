import {
  INSTRUMENTS,
  answerProblems,
  episodePhase,
  safetyFollowUpSchema,
  scoreMeasure,
  type StaffRole,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { SafetyFollowUp } from '../assessment/safety-follow-up.entity.js';
import { requireDecision, rolesIn } from '../episode/clinical-decision.js';
import { episodeFor } from '../episode/episode.service.js';
import type { Episode } from '../episode/episode.entity.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { requireTarget } from '../treatment-plan/plan-access.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import type { AdministerMeasureInput, RecordSafetyFollowUpInput } from './measure.types.js';

/** Giving a measure and answering its safety flag are clinical acts: a clinician's or director's. */
const MEASURE_ROLES: readonly StaffRole[] = ['CLINICIAN', 'DIRECTOR'];

async function requireClinician(
  scope: ClientScope,
  episode: Pick<Episode, 'id' | 'clientId' | 'programId'>,
) {
  await requireDecision(
    scope,
    episode,
    rolesIn(scope, episode.programId).some((r) => MEASURE_ROLES.includes(r)),
    'Measures are given and followed up by a clinician or director of the program',
  );
}

/**
 * Stores one administration of a measure with the scores the domain computes from its items
 * (Rule 7) and the instrument's version. Authorized first (the episode, then the role), so a
 * caller without access never learns what was wrong with the answers. A safety flag, or a band
 * worse than the last one, moves the review clock in the same transaction.
 */
export async function administerMeasure(
  scope: ClientScope,
  input: AdministerMeasureInput,
  now = new Date(),
): Promise<Assessment> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  await requireClinician(scope, episode);
  return scope.db.transaction((tx) => storeMeasure(tx, scope, episode, input, now));
}

/**
 * Scores and stores a measure inside the caller's transaction, after the caller authorized it
 * (administerMeasure for a clinician's measure; a follow-up contact's BAM in aftercare).
 */
export async function storeMeasure(
  tx: EntityManager,
  scope: ClientScope,
  episode: Pick<Episode, 'id' | 'clientId' | 'status'>,
  input: AdministerMeasureInput,
  now = new Date(),
): Promise<Assessment> {
  const problems = answerProblems(input.instrument, input.answers);
  const administeredAt = input.administeredAt ?? now;
  if (administeredAt.getTime() > now.getTime() + 5 * 60_000) {
    problems.push({ field: 'administeredAt', message: 'cannot be in the future' });
  }
  if (problems.length) {
    throw new BadUserInputError(
      problems.map((p) => ({
        field: p.field === 'administeredAt' ? p.field : `answers.${p.field}`,
        message: p.message,
      })),
    );
  }
  if (
    episodePhase(episode.status) === 'ENDED' ||
    episodePhase(episode.status) === 'PRE_ADMISSION'
  ) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Measures are given during treatment and aftercare',
      {
        from: episode.status,
        to: episode.status,
      },
    );
  }
  const score = scoreMeasure(input.instrument, input.answers);
  // Only answered items are stored: a null is the same as a skipped item.
  const answers = Object.fromEntries(
    Object.entries(input.answers).filter(([, v]) => typeof v === 'number'),
  );
  const [assessment] = await tx.query<Assessment[]>(
    `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_at,
       administered_by_staff_id, score_status, total_score, severity_band, subscales, flags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${selectColumns(scope.db, Assessment, 'assessment')}`,
    [
      episode.id,
      input.instrument,
      INSTRUMENTS[input.instrument].version,
      JSON.stringify(answers),
      administeredAt,
      scope.viewer.staffId,
      score.status,
      score.total,
      score.band,
      input.instrument === 'BAM' ? JSON.stringify(score.subscales) : null,
      score.flags,
    ],
  );
  await scope.audit.write(
    {
      action: 'CREATE',
      recordType: 'Assessment',
      recordId: assessment!.id,
      clientId: episode.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
  await recomputeReviewClock(tx, episode.id);
  return assessment!;
}

/**
 * Records the safety follow-up of a flagged PHQ-9, which clears its flag from the chart and Today.
 * One per administration: a second (two clinicians at once) is refused with CONFLICT.
 */
export async function recordSafetyFollowUp(
  scope: ClientScope,
  input: RecordSafetyFollowUpInput,
): Promise<Assessment> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'ASSESSMENT', input.assessmentId);
  await requireClinician(scope, {
    id: target.episodeId,
    clientId: target.clientId,
    programId: target.programId,
  });
  const values = parseWith(safetyFollowUpSchema, {
    riskLevel: input.riskLevel,
    riskAssessment: input.riskAssessment,
    plan: input.plan,
    whoWasTold: input.whoWasTold,
  });
  return scope.db.transaction(async (tx) => {
    const [assessment] = await tx.query<Assessment[]>(
      `SELECT ${selectColumns(scope.db, Assessment, 'a')} FROM assessment a WHERE a.id = $1 FOR SHARE`,
      [input.assessmentId],
    );
    if (!assessment) throw new NotFoundError('Assessment');
    if (!assessment.flags.includes('SAFETY')) {
      throw new BadUserInputError([
        { field: 'assessmentId', message: 'has no safety flag to follow up' },
      ]);
    }
    const inserted = await tx.query<{ id: string }[]>(
      `INSERT INTO safety_follow_up (assessment_id, episode_id, risk_level, risk_assessment, plan,
         who_was_told, recorded_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (assessment_id) DO NOTHING RETURNING id`,
      [
        assessment.id,
        assessment.episodeId,
        values.riskLevel,
        values.riskAssessment,
        values.plan,
        values.whoWasTold,
        scope.viewer.staffId,
      ],
    );
    if (!inserted[0]) {
      throw new DomainError('CONFLICT', 'A safety follow-up was already recorded for this measure');
    }
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'SafetyFollowUp',
        recordId: inserted[0].id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return assessment;
  });
}

/** True while a flag of this administration awaits its follow-up. */
export function openSafetyFlag(
  assessment: Pick<Assessment, 'id' | 'flags'>,
  followUps: readonly Pick<SafetyFollowUp, 'assessmentId'>[],
): boolean {
  return (
    assessment.flags.includes('SAFETY') && !followUps.some((f) => f.assessmentId === assessment.id)
  );
}
