import type { EntityManager } from 'typeorm';
import {
  episodePhase,
  isAsamLevel,
  isLevelOfCareChange,
  mayChangeLevelOfCare,
  type LevelOfCare,
} from '@waypoint/domain';
import { TRANSACTION_TIME, guardedUpdate } from '../../db/guarded-update.js';
import { BadUserInputError, DomainError, type FieldProblem } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { requireDecision, rolesIn } from './clinical-decision.js';
import type { ChangeLevelOfCareInput } from './dto/episode.inputs.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { Episode } from './episode.entity.js';
import { episodeFor } from './episode.service.js';

/**
 * Appends one record to the episode's level-of-care history (level_of_care_change) and says
 * whether it changed the level. The episode's current level and `level_of_care_changed_at` are
 * the caller's to set in the same transaction (see `levelOfCareColumns`).
 */
export async function appendLevelOfCare(
  tx: EntityManager,
  entry: {
    episodeId: string;
    current: LevelOfCare | null;
    next: LevelOfCare;
    reason: string;
    staffId: string;
    assessmentId?: string | null;
  },
): Promise<boolean> {
  const changed = isLevelOfCareChange(entry.current, entry.next);
  await tx.query(
    `INSERT INTO level_of_care_change (episode_id, clinical_level, authorized_level, reason, level_changed, assessment_id, changed_by_staff_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.episodeId,
      entry.next.clinicalLevel,
      entry.next.authorizedLevel,
      entry.reason,
      changed,
      entry.assessmentId ?? null,
      entry.staffId,
    ],
  );
  return changed;
}

/** The episode columns that mirror the newest history record (and the last real change). */
export function levelOfCareColumns(next: LevelOfCare, changed: boolean) {
  return {
    levelOfCare: next.clinicalLevel,
    authorizedLevelOfCare: next.authorizedLevel,
    // now(), the same instant as the history row's changed_at (one transaction).
    levelOfCareChangedAt: changed ? TRANSACTION_TIME : undefined,
  };
}

/**
 * A clinician or director records a new level of care for an episode in treatment (clinical and
 * authorized, with a reason). Authorized first: the chart, then the role; the input is judged
 * after. Only an actual change moves `levelOfCareChangedAt` (which brings the plan review forward).
 */
export async function changeLevelOfCare(
  scope: ClientScope,
  input: ChangeLevelOfCareInput,
): Promise<Episode> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
  await requireDecision(
    scope,
    episode,
    mayChangeLevelOfCare(rolesIn(scope, episode.programId)),
    'The level of care is a clinical decision: a clinician or director of the program records it',
  );
  const problems: FieldProblem[] = [];
  if (!isAsamLevel(input.clinicalLevel)) {
    problems.push({ field: 'clinicalLevel', message: 'must be an ASAM level of care' });
  }
  if (input.authorizedLevel != null && !isAsamLevel(input.authorizedLevel)) {
    problems.push({ field: 'authorizedLevel', message: 'must be an ASAM level of care' });
  }
  if (input.reason.trim() === '') problems.push({ field: 'reason', message: 'is required' });
  if (problems.length) throw new BadUserInputError(problems);
  if (episodePhase(episode.status) !== 'IN_TREATMENT') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'The level of care changes while the episode is in treatment',
      { from: episode.status, to: episode.status },
    );
  }
  const next: LevelOfCare = {
    clinicalLevel: input.clinicalLevel,
    authorizedLevel: input.authorizedLevel ?? null,
  };
  const current: LevelOfCare | null = episode.levelOfCare
    ? { clinicalLevel: episode.levelOfCare, authorizedLevel: episode.authorizedLevelOfCare }
    : null;
  return scope.db.transaction(async (tx) => {
    const changed = await appendLevelOfCare(tx, {
      episodeId: episode.id,
      current,
      next,
      reason: input.reason.trim(),
      staffId: scope.viewer.staffId,
    });
    const updated = await guardedUpdate(
      tx,
      Episode,
      'Episode',
      { id: episode.id, version: input.version },
      levelOfCareColumns(next, changed),
    );
    // A real change (`changed`) is a review-clock trigger: the stored clock is recomputed in this
    // transaction; a re-save changes nothing the clock reads.
    if (changed) Object.assign(updated, await recomputeReviewClock(tx, episode.id));
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Episode',
        recordId: episode.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: changed ? 'level of care changed' : 'level of care confirmed (unchanged)',
      },
      tx,
    );
    return updated;
  });
}
