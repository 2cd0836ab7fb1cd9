import type { EntityManager } from 'typeorm';
import {
  ORIENTATION_ITEMS,
  checkTransition,
  episodePhase,
  isOrientationItemKey,
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
import { Client } from '../client/client.entity.js';
import { closePlansForEndedEpisode } from '../treatment-plan/plan-closing.js';
import type {
  AssignCareTeamInput,
  OpenInquiryInput,
  RecordAssessmentInput,
  TransitionEpisodeInput,
  UpdateOrientationInput,
} from './dto/episode.inputs.js';
import { programToday } from '../program/program-today.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { Episode } from './episode.entity.js';

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

/** A new person asking about the program: a client and an episode in INQUIRY, together. */
export async function openInquiry(scope: ClientScope, input: OpenInquiryInput): Promise<Episode> {
  if (input.dateOfBirth > (await programToday(scope.db, input.programId))) {
    throw new BadUserInputError([{ field: 'dateOfBirth', message: 'cannot be in the future' }]);
  }
  await scope.requireProgram('OPEN_EPISODE', input.programId);
  return scope.db.transaction(async (tx) => {
    const client = await tx.getRepository(Client).save({
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      preferredName: input.preferredName?.trim() || null,
      pronouns: input.pronouns?.trim() || null,
      dateOfBirth: input.dateOfBirth,
      phone: input.phone || null,
      email: input.email || null,
    });
    const episode = await tx.getRepository(Episode).save({
      clientId: client.id,
      programId: input.programId,
      status: 'INQUIRY',
      openedAt: new Date(),
      referralSource: input.referralSource?.trim() || null,
    });
    await scope.audit.write(
      [
        {
          action: 'CREATE',
          recordType: 'Client',
          recordId: client.id,
          clientId: client.id,
          outcome: 'SUCCESS',
        },
        {
          action: 'CREATE',
          recordType: 'Episode',
          recordId: episode.id,
          clientId: client.id,
          outcome: 'SUCCESS',
        },
      ],
      tx,
    );
    return episode;
  });
}

async function requireRole(
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
 * Moves an episode through its lifecycle (the domain decides what is allowed), records who, when
 * and why, and keeps the dates the move implies: admission on entering ORIENTATION, discharge on
 * entering DISCHARGED. Starting treatment needs a complete orientation.
 */
export async function transitionEpisode(
  scope: ClientScope,
  input: TransitionEpisodeInput,
): Promise<Episode> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
  const check = checkTransition({
    from: episode.status,
    to: input.to,
    admissionDecision: input.admissionDecision ?? undefined,
    reason: input.reason ?? undefined,
  });
  if (!check.ok) {
    throw new DomainError('INVALID_TRANSITION', check.message, {
      from: check.from,
      to: check.to,
      missing: check.missing ?? [],
    });
  }
  const admitting = input.to === 'ORIENTATION';
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
    // A decision sent with a move that records none is ignored (the domain says which do).
    const decision = requiredAdmissionDecision(episode.status, input.to)
      ? input.admissionDecision
      : null;
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
      },
    );
    await tx.query(
      `INSERT INTO episode_transition (episode_id, from_status, to_status, reason, admission_decision, admission_rationale, actor_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        episode.id,
        episode.status,
        input.to,
        input.reason?.trim() || null,
        decision?.decision ?? null,
        decision?.rationale.trim() ?? null,
        scope.viewer.staffId,
      ],
    );
    // Leaving treatment closes the plan with the move, all or nothing (treatment-plan module).
    await closePlansForEndedEpisode(tx, scope, episode, input.to);
    if (admitting) {
      const [program] = await tx.query<{ asam_level: string }[]>(
        `SELECT asam_level FROM program WHERE id = $1`,
        [episode.programId],
      );
      await tx.query(
        `INSERT INTO level_of_care_change (episode_id, clinical_level, authorized_level, reason, changed_by_staff_id)
         VALUES ($1, $2, $2, 'Admitted', $3)`,
        [episode.id, program!.asam_level, scope.viewer.staffId],
      );
    }
    Object.assign(updated, await recomputeReviewClock(tx, episode.id));
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Episode',
        recordId: episode.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: `${episode.status} → ${input.to}`,
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
  const unknown = input.completedItems.filter((k) => !isOrientationItemKey(k));
  if (unknown.length) {
    throw new BadUserInputError([
      { field: 'completedItems', message: `unknown items: ${unknown.join(', ')}` },
    ]);
  }
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId, input.version);
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

/** Stores one administration of an intake instrument; answers are checked by the domain rules. */
export async function recordAssessment(
  scope: ClientScope,
  input: RecordAssessmentInput,
): Promise<Assessment> {
  const problems = validateAssessmentAnswers(input.instrument, input.answers);
  if (problems.length) {
    throw new BadUserInputError(
      problems.map((p) => ({ field: `answers.${p.field}`, message: p.message })),
    );
  }
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
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
        input.instrument,
        INSTRUMENT_VERSIONS[input.instrument],
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
