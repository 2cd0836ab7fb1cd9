import {
  checkIntakeScreening,
  effectiveUrgency,
  mayEditScreeningIn,
  screeningEscalation,
  type Escalation,
} from '@waypoint/domain';
import type { EntityManager } from 'typeorm';
import { guardedUpdate } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { Client } from '../client/client.entity.js';
import { episodeFor } from '../episode/episode.service.js';
import { programToday } from '../program/program-today.js';
import type { SaveIntakeScreeningInput } from './dto/save-intake-screening.input.js';
import { IntakeScreening, ScreeningEscalation } from './intake-screening.entity.js';

const lastEscalation = async (tx: EntityManager, screeningId: string) =>
  (
    await tx.query<ScreeningEscalation[]>(
      `SELECT ${selectColumns(tx.connection, ScreeningEscalation, 'x')} FROM intake_screening_escalation x
       WHERE x.screening_id = $1 ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1`,
      [screeningId],
    )
  )[0];

/** Whether this save handles the escalation differently from the one last recorded. */
function changedEscalation(
  before: ScreeningEscalation | undefined,
  now: Escalation,
  advised: string,
): boolean {
  return (
    !before ||
    before.urgency !== now.urgency ||
    before.advised !== advised ||
    before.positiveAnswers.join() !== now.positive.join()
  );
}

/**
 * Saves the episode's screening (the first save creates it, later ones name the version read).
 * The domain checks it and derives the urgency; a positive safety answer escalates it: the
 * urgency is raised, and how it was handled (what was advised, who was told) is recorded with
 * who and when, and audited.
 */
export async function saveIntakeScreening(
  scope: ClientScope,
  input: SaveIntakeScreeningInput,
): Promise<IntakeScreening> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  if (!mayEditScreeningIn(episode.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'The screening is kept before admission; after that it is part of the record as it was',
      { from: episode.status, to: episode.status },
    );
  }
  const client = await scope.db.getRepository(Client).findOneByOrFail({ id: episode.clientId });
  const checked = checkIntakeScreening(input, {
    today: await programToday(scope.db, episode.programId),
    dateOfBirth: client.dateOfBirth,
  });
  if (!checked.ok) throw new BadUserInputError(checked.issues);
  const v = checked.values;
  const escalation = screeningEscalation(v.safety);
  const row = {
    reasonsForCall: v.reasonsForCall,
    reasonNote: v.reasonNote,
    substances: v.substances,
    safety: v.safety,
    urgency: effectiveUrgency(v.safety, v.urgency),
    escalated: escalation !== null,
    notes: v.notes,
    recordedByStaffId: scope.viewer.staffId,
  };
  return scope.db.transaction(async (tx) => {
    const existing = await tx.getRepository(IntakeScreening).findOneBy({ episodeId: episode.id });
    let saved: IntakeScreening;
    if (!existing) {
      if (input.version != null) {
        throw new BadUserInputError([
          { field: 'version', message: 'there is no screening yet: save without a version' },
        ]);
      }
      const [created] = await tx.query<IntakeScreening[]>(
        `INSERT INTO intake_screening (episode_id, reasons_for_call, reason_note, substances, safety, urgency, escalated, notes, recorded_by_staff_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (episode_id) DO NOTHING
         RETURNING ${selectColumns(tx.connection, IntakeScreening, 'intake_screening')}`,
        [
          episode.id,
          row.reasonsForCall,
          row.reasonNote,
          JSON.stringify(row.substances),
          JSON.stringify(row.safety),
          row.urgency,
          row.escalated,
          row.notes,
          row.recordedByStaffId,
        ],
      );
      // Someone else made it first: theirs is the current one.
      if (!created) {
        const theirs = await tx.getRepository(IntakeScreening).findOneByOrFail({
          episodeId: episode.id,
        });
        throw new ConflictError('IntakeScreening', theirs);
      }
      saved = created;
    } else {
      // A first save made while someone else's was being saved is stale too.
      saved = await guardedUpdate(
        tx,
        IntakeScreening,
        'IntakeScreening',
        { id: existing.id, version: input.version ?? 0 },
        row,
      );
    }
    let escalationNote: string | null = null;
    if (
      escalation &&
      changedEscalation(await lastEscalation(tx, saved.id), escalation, v.escalationNote!)
    ) {
      await tx.query(
        `INSERT INTO intake_screening_escalation (screening_id, episode_id, urgency, positive_answers, steps, advised, recorded_by_staff_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          saved.id,
          episode.id,
          escalation.urgency,
          escalation.positive,
          escalation.steps,
          v.escalationNote,
          scope.viewer.staffId,
        ],
      );
      // The urgency only: which answers were positive is in the record, not the trail.
      escalationNote = `escalated: ${escalation.urgency}`;
    }
    await scope.audit.write(
      [
        {
          action: existing ? 'UPDATE' : 'CREATE',
          recordType: 'IntakeScreening',
          recordId: saved.id,
          clientId: episode.clientId,
          outcome: 'SUCCESS',
          note: escalationNote,
        },
      ],
      tx,
    );
    return saved;
  });
}
