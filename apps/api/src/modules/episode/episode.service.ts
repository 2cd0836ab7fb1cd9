import type { EntityManager } from 'typeorm';
import {
  ORIENTATION_ITEMS,
  actingRole,
  checkTransition,
  endsTreatment,
  episodePhase,
  isMeasureInstrument,
  isOrientationItemKey,
  mayDecideAdmission,
  mayOverrideAgeRule,
  mayRecordInstrument,
  missingOrientationItems,
  requiredAdmissionDecision,
  validateAssessmentAnswers,
  INSTRUMENT_VERSIONS,
  type ClientAction,
  type StaffRole,
} from '@waypoint/domain';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { admissionRecords, judgeAdmission } from './admission.service.js';
import { requireDecision, rolesIn } from './clinical-decision.js';
import { requireDischargeOnFile } from '../discharge/discharge-rule.js';
import { closePlansForEndedEpisode } from '../treatment-plan/plan-closing.js';
import type {
  AssignCareTeamInput,
  RecordAssessmentInput,
  TransitionEpisodeInput,
  UpdateOrientationInput,
} from './dto/episode.inputs.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { Episode } from './episode.entity.js';
import { appendLevelOfCare, levelOfCareColumns } from './level-of-care.service.js';

/**
 * Loads an episode after checking the viewer may perform `action` on it (its own episode, not
 * the client's others). With the
 * version the caller read, a stale one is refused with CONFLICT before any rule is judged on
 * state the caller has not seen (the UPDATE's own guard still settles races).
 */
export async function episodeFor(
  scope: ClientScope,
  action: ClientAction,
  episodeId: string,
  expectedVersion?: number,
): Promise<Episode> {
  const episode = await scope.db.getRepository(Episode).findOneBy({ id: episodeId });
  if (!episode) throw new NotFoundError('Episode');
  await scope.requireEpisode(action, episode);
  if (expectedVersion !== undefined && episode.version !== expectedVersion) {
    throw new ConflictError('Episode', episode);
  }
  return episode;
}

export async function getEpisode(scope: ClientScope, episodeId: string): Promise<Episode> {
  const episode = await episodeFor(scope, 'READ_CHART', episodeId);
  scope.audit.read('Episode', episode.id, episode.clientId);
  return episode;
}

export async function requireRole(
  tx: EntityManager,
  staffId: string,
  programId: string,
  role: StaffRole,
  field: string,
): Promise<void> {
  const rows = await tx.query<unknown[]>(
    `SELECT 1 FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
     WHERE r.staff_id = $1 AND r.program_id = $2 AND r.role = $3 AND s.active`,
    [staffId, programId, role],
  );
  if (!rows.length) {
    throw new BadUserInputError([
      {
        field,
        message: `must be an active ${role.toLowerCase().replace('_', ' ')} of this program`,
      },
    ]);
  }
}

/**
 * Moves an episode through its lifecycle (the domain decides what is allowed), records who (and
 * in which role), when and why, and keeps what the move implies: admission on entering
 * ORIENTATION (a clinician's or director's decision, with a complete BPS and ASAM on file, the
 * ASAM's recommended level as the first level of care, and an age that fits the program unless a
 * director overrides), discharge type and reason on every move that ends treatment.
 * Authorization comes first (the chart, then the role for the decision), then the input.
 */
export async function transitionEpisode(
  scope: ClientScope,
  input: TransitionEpisodeInput,
  /** Records the move carries (a discharge and its aftercare), written before the plan closes. */
  withMove?: (tx: EntityManager, moved: Episode) => Promise<void>,
): Promise<Episode> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
  const roles = rolesIn(scope, episode.programId);
  const admitting = input.to === 'ORIENTATION';
  if (admitting) {
    await requireDecision(
      scope,
      episode,
      mayDecideAdmission(roles),
      'Admission is a clinical decision: a clinician or director of the program makes it',
    );
  }
  const ageOverrideReason = input.ageOverrideReason?.trim() || null;
  if (ageOverrideReason) {
    await requireDecision(
      scope,
      episode,
      mayOverrideAgeRule(roles),
      "Only a director may override the program's age range",
    );
  }
  const check = checkTransition({
    from: episode.status,
    to: input.to,
    admissionDecision: input.admissionDecision ?? undefined,
    reason: input.reason ?? undefined,
    dischargeType: input.dischargeType ?? undefined,
  });
  if (!check.ok) {
    throw new DomainError('INVALID_TRANSITION', check.message, {
      from: check.from,
      to: check.to,
      missing: check.missing ?? [],
    });
  }
  const clinicianId = input.primaryClinicianId ?? episode.primaryClinicianId;
  if (admitting && !clinicianId) {
    throw new BadUserInputError([
      { field: 'primaryClinicianId', message: 'is required to admit a client' },
    ]);
  }
  if (episode.status === 'ORIENTATION' && input.to === 'ACTIVE') {
    const missing = missingOrientationItems(episode.orientation);
    if (missing.length) {
      throw new DomainError('INVALID_TRANSITION', 'Orientation is not complete', {
        from: episode.status,
        to: input.to,
        missing: missing.map((key) => `orientation.${key}`),
      });
    }
  }
  const ending = endsTreatment(episode.status, input.to);
  return scope.db.transaction(async (tx) => {
    if (input.primaryClinicianId) {
      await requireRole(
        tx,
        input.primaryClinicianId,
        episode.programId,
        'CLINICIAN',
        'primaryClinicianId',
      );
    }
    // Judged inside the transaction, on the records the admission will rest on.
    const admission = admitting
      ? judgeAdmission(await admissionRecords(tx, episode), roles, ageOverrideReason)
      : null;
    if (admission?.problems.length) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `Cannot admit yet: ${admission.problems.map((p) => p.message).join(' ')}`,
        {
          from: episode.status,
          to: input.to,
          missing: admission.problems.map((p) => p.field),
          rules: admission.problems.map((p) => p.requirement),
        },
      );
    }
    // A decision sent with a move that records none is ignored (the domain says which do).
    const decision = requiredAdmissionDecision(episode.status, input.to)
      ? input.admissionDecision
      : null;
    const level = admission?.recommendedLevel
      ? { clinicalLevel: admission.recommendedLevel, authorizedLevel: null }
      : null;
    const overridden = admission?.ageOverridden ? ageOverrideReason : null;
    const updated = await guardedUpdate(
      tx,
      Episode,
      'Episode',
      { id: episode.id, version: input.version },
      {
        status: input.to,
        primaryClinicianId: input.primaryClinicianId ?? undefined,
        admissionDecision: decision?.decision,
        admissionRationale: decision?.rationale.trim(),
        admittedAt: admitting ? new Date() : undefined,
        dischargedAt: input.to === 'DISCHARGED' ? new Date() : undefined,
        dischargeType: ending ? input.dischargeType : undefined,
        dischargeReason: ending ? input.reason?.trim() : undefined,
        ageOverrideReason: overridden ?? undefined,
        ageOverrideByStaffId: overridden ? scope.viewer.staffId : undefined,
        ...(level ? levelOfCareColumns(level, true) : {}),
      },
    );
    await tx.query(
      `INSERT INTO episode_transition (episode_id, from_status, to_status, reason, admission_decision, admission_rationale,
         discharge_type, age_override_reason, actor_staff_id, actor_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        episode.id,
        episode.status,
        input.to,
        input.reason?.trim() || null,
        decision?.decision ?? null,
        decision?.rationale.trim() ?? null,
        ending ? input.dischargeType : null,
        overridden,
        scope.viewer.staffId,
        actingRole(roles),
      ],
    );
    if (admission && level) {
      await appendLevelOfCare(tx, {
        episodeId: episode.id,
        current: null,
        next: level,
        reason: 'Admitted at the level the ASAM assessment recommends',
        staffId: scope.viewer.staffId,
        assessmentId: admission.asam?.id,
      });
    }
    await withMove?.(tx, updated);
    if (input.to === 'DISCHARGED') {
      await requireDischargeOnFile(tx, {
        episodeId: episode.id,
        from: episode.status,
        dischargeType: input.dischargeType!,
        reason: input.reason,
      });
    }
    // Leaving treatment closes the plan with the move, all or nothing (treatment-plan module).
    await closePlansForEndedEpisode(tx, scope, episode, input.to);
    Object.assign(updated, await recomputeReviewClock(tx, episode.id));
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Episode',
        recordId: episode.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: [
          `${episode.status} → ${input.to}`,
          ending ? `discharge type ${input.dischargeType}` : null,
          overridden ? 'age range overridden by a director' : null,
        ]
          .filter(Boolean)
          .join('; '),
      },
      tx,
    );
    return updated;
  });
}

export async function assignCareTeam(
  scope: ClientScope,
  input: AssignCareTeamInput,
): Promise<Episode> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
  if (episodePhase(episode.status) === 'ENDED') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'This episode has ended; its care team can no longer change',
      {
        from: episode.status,
        to: episode.status,
      },
    );
  }
  return scope.db.transaction(async (tx) => {
    if (input.primaryClinicianId) {
      await requireRole(
        tx,
        input.primaryClinicianId,
        episode.programId,
        'CLINICIAN',
        'primaryClinicianId',
      );
    }
    if (input.caseManagerId) {
      await requireRole(
        tx,
        input.caseManagerId,
        episode.programId,
        'CASE_MANAGER',
        'caseManagerId',
      );
    }
    const updated = await guardedUpdate(
      tx,
      Episode,
      'Episode',
      { id: episode.id, version: input.version },
      {
        primaryClinicianId: input.primaryClinicianId,
        caseManagerId: input.caseManagerId,
      },
    );
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Episode',
        recordId: episode.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: 'care team',
      },
      tx,
    );
    return updated;
  });
}

export async function updateOrientation(
  scope: ClientScope,
  input: UpdateOrientationInput,
): Promise<Episode> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
  const unknown = input.completedItems.filter((k) => !isOrientationItemKey(k));
  if (unknown.length) {
    throw new BadUserInputError([
      { field: 'completedItems', message: `unknown items: ${unknown.join(', ')}` },
    ]);
  }
  if (episode.status !== 'ORIENTATION') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'The orientation checklist is kept while the episode is in orientation',
      {
        from: episode.status,
        to: episode.status,
      },
    );
  }
  // Keep when each item was first done; unticking removes it.
  const now = new Date().toISOString();
  const orientation = Object.fromEntries(
    ORIENTATION_ITEMS.filter((i) => input.completedItems.includes(i.key)).map((i) => [
      i.key,
      episode.orientation[i.key] ?? now,
    ]),
  );
  return scope.db.transaction(async (tx) => {
    const updated = await guardedUpdate(
      tx,
      Episode,
      'Episode',
      { id: episode.id, version: input.version },
      { orientation },
    );
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Episode',
        recordId: episode.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: 'orientation',
      },
      tx,
    );
    return updated;
  });
}

/**
 * Stores one administration of an intake instrument. Authorized first (the chart, then who may
 * record this instrument: the ASAM's level-of-care recommendation is a clinician's or director's),
 * so a caller outside the chart's scope learns nothing from a validation error; the answers are
 * then checked by the domain rules.
 */
export async function recordAssessment(
  scope: ClientScope,
  input: RecordAssessmentInput,
): Promise<Assessment> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  const { instrument } = input;
  if (isMeasureInstrument(instrument)) {
    // Measures are scored on the server: administerMeasure stores them with their scores.
    throw new BadUserInputError([
      { field: 'instrument', message: 'is a scored measure: give it with administerMeasure' },
    ]);
  }
  await requireDecision(
    scope,
    episode,
    mayRecordInstrument(rolesIn(scope, episode.programId), instrument),
    'The ASAM assessment recommends a level of care, a clinical decision: a clinician or director of the program records it',
  );
  const problems = validateAssessmentAnswers(instrument, input.answers);
  if (problems.length) {
    throw new BadUserInputError(
      problems.map((p) => ({ field: `answers.${p.field}`, message: p.message })),
    );
  }
  if (episodePhase(episode.status) === 'ENDED') {
    throw new DomainError('INVALID_TRANSITION', 'This episode has ended', {
      from: episode.status,
      to: episode.status,
    });
  }
  return scope.db.transaction(async (tx) => {
    const [assessment] = await tx.query<Assessment[]>(
      `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${selectColumns(scope.db, Assessment, 'assessment')}`,
      [
        episode.id,
        instrument,
        INSTRUMENT_VERSIONS[instrument],
        JSON.stringify(input.answers),
        scope.viewer.staffId,
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
    return assessment!;
  });
}
