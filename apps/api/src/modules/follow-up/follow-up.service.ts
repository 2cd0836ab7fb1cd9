import type { EntityManager } from 'typeorm';
import { episodePhase, needsOutreach, type FollowUpStatus } from '@waypoint/domain';
import { guardedUpdate } from '../../db/guarded-update.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { requireDischargeRole } from '../discharge/discharge.service.js';
import { episodeFor } from '../episode/episode.service.js';
import { storeMeasure } from '../measure/measure.service.js';
import { FollowUpContact } from './follow-up.entity.js';
import type { RecordFollowUpContactInput } from './follow-up.inputs.js';

function contactProblems(input: RecordFollowUpContactInput) {
  const problems: { field: string; message: string }[] = [];
  if (input.status === 'SCHEDULED') {
    problems.push({ field: 'status', message: 'record it as done, attempted or missed' });
  }
  if (input.status !== 'MISSED' && !input.method) {
    problems.push({ field: 'method', message: 'say how the contact was made or tried' });
  }
  if (input.status === 'DONE' && !input.outcome) {
    problems.push({ field: 'outcome', message: 'is required when the client was reached' });
  }
  if (input.status !== 'DONE' && input.bamAnswers) {
    problems.push({
      field: 'bamAnswers',
      message: 'a BAM is given only when the client was reached',
    });
  }
  return problems;
}

/**
 * Keeps the discharge's outreach flag in step with its contacts (three unreached in a row set it,
 * a reached one clears it); stored so worklists read a column. Locks the discharge so two
 * contacts recorded at once judge the same series.
 */
async function refreshOutreachFlag(
  tx: EntityManager,
  scope: ClientScope,
  dischargeId: string,
  clientId: string,
): Promise<void> {
  await tx.query(`SELECT 1 FROM discharge WHERE id = $1 FOR NO KEY UPDATE`, [dischargeId]);
  const contacts = await tx.query<{ dueOn: string; status: FollowUpStatus }[]>(
    `SELECT due_on::text AS "dueOn", status FROM follow_up_contact WHERE discharge_id = $1`,
    [dischargeId],
  );
  const flag = needsOutreach(contacts);
  const [changed] = await tx.query<[{ id: string }[], number]>(
    `UPDATE discharge SET outreach_flagged_at = CASE WHEN $2 THEN now() END,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND (outreach_flagged_at IS NOT NULL) <> $2 RETURNING id`,
    [dischargeId, flag],
  );
  if (changed.length) {
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'Discharge',
        recordId: dischargeId,
        clientId,
        outcome: 'SUCCESS',
        note: flag ? 'flagged for outreach' : 'outreach flag cleared',
      },
      tx,
    );
  }
}

/**
 * Records a follow-up contact: done (with how, the outcome and the BAM given, stored as a scored
 * measure of the episode), attempted or missed. One transaction with the outreach flag.
 */
export async function recordFollowUpContact(
  scope: ClientScope,
  input: RecordFollowUpContactInput,
  now = new Date(),
): Promise<FollowUpContact> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  await requireDischargeRole(scope, episode);
  const contact = await scope.db.getRepository(FollowUpContact).findOneBy({
    id: input.followUpId,
    episodeId: episode.id,
  });
  if (!contact) throw new NotFoundError('FollowUpContact');
  const problems = contactProblems(input);
  if (problems.length) throw new BadUserInputError(problems);
  if (episodePhase(episode.status) !== 'AFTERCARE') {
    throw new DomainError('INVALID_TRANSITION', 'Follow-up contacts are recorded in aftercare', {
      from: episode.status,
      to: episode.status,
    });
  }
  return scope.db.transaction(async (tx) => {
    const bam = input.bamAnswers
      ? await storeMeasure(
          tx,
          scope,
          episode,
          { episodeId: episode.id, instrument: 'BAM', answers: input.bamAnswers },
          now,
        ).catch((e: unknown) => {
          // The measure names its own fields; here they sit under bamAnswers.
          if (e instanceof BadUserInputError) {
            const fields = (e.extensions.fields as { field: string; message: string }[]).map(
              (p) => ({ ...p, field: p.field.replace(/^answers/, 'bamAnswers') }),
            );
            throw new BadUserInputError(fields);
          }
          throw e;
        })
      : null;
    const updated = await guardedUpdate(
      tx,
      FollowUpContact,
      'FollowUpContact',
      { id: contact.id, version: input.version },
      {
        status: input.status,
        method: input.status === 'MISSED' ? null : input.method,
        outcome: input.outcome ?? null,
        note: input.note.trim(),
        bamAssessmentId: bam?.id ?? null,
        recordedAt: now,
        recordedById: scope.viewer.staffId,
      },
    );
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'FollowUpContact',
        recordId: contact.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
        note: input.status,
      },
      tx,
    );
    await refreshOutreachFlag(tx, scope, contact.dischargeId, episode.clientId);
    return updated;
  });
}
