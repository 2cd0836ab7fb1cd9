import type { EntityManager } from 'typeorm';
import {
  PART2_NOTICE_FULL,
  checkReferralTransition,
  consentCoverage,
  localDate,
  type ReferralStatus,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { consentsOfClientInProgramForShare, forCoverage } from '../consent/consent.service.js';
import { requireTarget, type EpisodeTarget } from '../treatment-plan/plan-access.js';
import type {
  CreateReferralInput,
  ReferralRef,
  TransitionReferralInput,
} from './dto/referral.input.js';
import { Referral } from './referral.entity.js';
import { ConsentMissing } from './referral-refusal.js';

const blank = (v: string | null | undefined) => v == null || v.trim() === '';

/** Writes a draft referral to a directory resource of the episode's program or an ad-hoc provider. */
export async function createReferral(
  scope: ClientScope,
  input: CreateReferralInput,
): Promise<Referral> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', input.episodeId);
  const problems: { field: string; message: string }[] = [];
  let recipientName = input.recipientName?.trim() ?? '';
  if (input.resourceId) {
    const [resource] = await scope.db.query<{ name: string }[]>(
      'SELECT name FROM community_resource WHERE id = $1 AND program_id = $2',
      [input.resourceId, target.programId],
    );
    if (!resource)
      problems.push({ field: 'resourceId', message: 'No such resource in this program’s list.' });
    else recipientName = resource.name;
  } else if (recipientName === '') {
    problems.push({ field: 'recipientName', message: 'Choose a resource or name the provider.' });
  }
  if (blank(input.reason))
    problems.push({ field: 'reason', message: 'Say why the client is referred.' });
  if (blank(input.informationToSend)) {
    problems.push({ field: 'informationToSend', message: 'Describe what will be sent.' });
  }
  const today = localDate(new Date(), target.program.timeZone);
  if (input.dueBy && input.dueBy < today) {
    problems.push({ field: 'dueBy', message: 'The due date has already passed.' });
  }
  if (input.goalLineageId) {
    const [goal] = await scope.db.query<unknown[]>(
      `SELECT 1 FROM plan_goal g JOIN plan_problem pp ON pp.id = g.problem_id
       JOIN treatment_plan tp ON tp.id = pp.plan_id
       WHERE g.lineage_id = $1 AND tp.episode_id = $2 LIMIT 1`,
      [input.goalLineageId, target.episodeId],
    );
    if (!goal)
      problems.push({ field: 'goalLineageId', message: 'No such goal in this episode’s plan.' });
  }
  if (problems.length) throw new BadUserInputError(problems);
  return scope.db.transaction(async (tx) => {
    const saved = await tx.getRepository(Referral).save({
      episodeId: target.episodeId,
      clientId: target.clientId,
      resourceId: input.resourceId ?? null,
      recipientName,
      recipientContact: input.recipientContact?.trim() ?? '',
      reason: input.reason.trim(),
      purpose: input.purpose,
      informationToSend: input.informationToSend.trim(),
      goalLineageId: input.goalLineageId ?? null,
      urgency: input.urgency,
      dueBy: input.dueBy ?? null,
      status: 'DRAFT' as const,
      createdById: scope.viewer.staffId,
    });
    await audit(scope, tx, 'CREATE', saved);
    return saved;
  });
}

function audit(
  scope: ClientScope,
  tx: EntityManager,
  action: 'CREATE' | 'UPDATE',
  referral: { id: string; clientId: string },
) {
  return scope.audit.write(
    {
      action,
      recordType: 'Referral',
      recordId: referral.id,
      clientId: referral.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
}

/** The referral of that episode at the version read, locked until the change commits. */
async function lockReferral(tx: EntityManager, ref: ReferralRef): Promise<Referral> {
  const [found] = await tx.query<Referral[]>(
    `SELECT ${selectColumns(tx.connection, Referral, 'x')} FROM referral x
     WHERE x.id = $1 AND x.episode_id = $2 FOR NO KEY UPDATE`,
    [ref.id, ref.episodeId],
  );
  if (!found) throw new NotFoundError('Referral');
  if (found.version !== ref.version) throw new ConflictError('Referral', found);
  return found;
}

/** Rule 5 for this referral, at the database's clock, with the client's consents held. */
async function coverageNow(tx: EntityManager, referral: Referral, target: EpisodeTarget) {
  const consents = await consentsOfClientInProgramForShare(tx, referral.episodeId);
  const [row] = await tx.query<{ at: Date }[]>('SELECT clock_timestamp() AS at');
  const at = row!.at;
  const coverage = consentCoverage(consents.map(forCoverage), {
    recipientName: referral.recipientName,
    recipientResourceId: referral.resourceId,
    purpose: referral.purpose,
    at,
    timeZone: target.program.timeZone,
  });
  return { coverage, at };
}

async function recordMove(
  tx: EntityManager,
  referral: Referral,
  from: ReferralStatus,
  to: ReferralStatus,
  reason: string | null,
  changedById: string | null,
) {
  await tx.query(
    // clock_timestamp: moves made in one transaction (READY then SENT) keep their order.
    `INSERT INTO referral_status_change (referral_id, episode_id, from_status, to_status, reason, changed_by_id, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`,
    [referral.id, referral.episodeId, from, to, reason, changedById],
  );
}

type Refusal = Exclude<ReturnType<typeof checkReferralTransition>, { ok: true }>;

function refuse(result: Refusal): never {
  throw new DomainError('INVALID_TRANSITION', result.message, {
    from: result.from,
    to: result.to,
    ...(result.missing ? { missing: result.missing } : {}),
    ...(result.consentGaps ? { consentGaps: result.consentGaps.map((g) => g.code) } : {}),
  });
}

/** Any move but sending (which is `sendReferral`, the disclosure). */
export async function transitionReferral(
  scope: ClientScope,
  input: TransitionReferralInput,
): Promise<Referral> {
  // Sending is the disclosure, with its own gate and record: never a plain move.
  if (input.to === 'SENT') {
    throw new DomainError('INVALID_TRANSITION', 'Use sendReferral to send a referral.', {
      to: 'SENT',
    });
  }
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', input.episodeId);
  return scope.db.transaction(async (tx) => {
    const referral = await lockReferral(tx, input);
    const coverage =
      input.to === 'READY' ? (await coverageNow(tx, referral, target)).coverage : undefined;
    const check = checkReferralTransition({
      from: referral.status,
      to: input.to,
      reason: input.reason,
      outcome: input.outcome,
      coverage,
    });
    if (!check.ok) refuse(check);
    const reason = blank(input.reason) ? null : input.reason!.trim();
    const [[updated]] = await tx.query<[Referral[], number]>(
      `UPDATE referral x SET status = $2, version = x.version + 1, updated_at = now(),
         closed_reason = CASE WHEN $2 IN ('REJECTED', 'CANCELLED', 'CLIENT_DECLINED', 'NO_RESPONSE') THEN $3 ELSE x.closed_reason END,
         outcome = COALESCE($4, x.outcome),
         appointment_at = COALESCE($5, x.appointment_at)
       WHERE x.id = $1 RETURNING ${selectColumns(tx.connection, Referral, 'x')}`,
      [
        referral.id,
        input.to,
        reason,
        blank(input.outcome) ? null : input.outcome!.trim(),
        input.appointmentAt ?? null,
      ],
    );
    await recordMove(tx, referral, referral.status, input.to, reason, scope.viewer.staffId);
    await audit(scope, tx, 'UPDATE', updated!);
    return updated!;
  });
}

/** How a referral gets from where it is to SENT, one recorded move at a time. */
const pathToSent: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  DRAFT: ['READY', 'SENT'],
  PENDING_CONSENT: ['READY', 'SENT'],
  READY: ['SENT'],
};

/**
 * The gate (Rule 5). Sends the referral only if a consent of the client in this program covers the recipient and
 * purpose at this instant; then, in the same transaction, records the moves, the consent used and
 * one disclosure row (what, to whom, why, under which consent, by whom, when, with the §2.32
 * notice). Refused: answers ConsentMissing and changes nothing. The referral row is locked and
 * its version checked first, so of two concurrent sends one waits and then finds a newer version.
 */
export async function sendReferral(
  scope: ClientScope,
  ref: ReferralRef,
): Promise<Referral | ConsentMissing> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', ref.episodeId);
  return scope.db.transaction(async (tx) => {
    const referral = await lockReferral(tx, ref);
    const path = pathToSent[referral.status];
    // Only a written, not yet sent referral can be sent; the lifecycle says why not.
    if (!path) refuse(checkReferralTransition({ from: referral.status, to: 'SENT' }) as Refusal);
    const { coverage, at } = await coverageNow(tx, referral, target);
    if (!coverage.covered) {
      await scope.audit.write(
        {
          action: 'DISCLOSE',
          recordType: 'Referral',
          recordId: referral.id,
          clientId: referral.clientId,
          outcome: 'DENIED',
        },
        tx,
      );
      return Object.assign(new ConsentMissing(), {
        message: `No active consent covers sending this referral to ${referral.recipientName}. ${coverage.gaps.map((g) => g.message).join(' ')}`,
        gaps: coverage.gaps.map((g) => ({
          code: g.code,
          consentId: g.consentId ?? null,
          message: g.message,
        })),
        draft: {
          recipientName: coverage.draft.recipientName,
          resourceId: coverage.draft.recipientResourceId,
          purpose: coverage.draft.purpose,
        },
      });
    }
    let from = referral.status;
    for (const to of path) {
      const check = checkReferralTransition({ from, to, coverage });
      if (!check.ok) refuse(check);
      await recordMove(tx, referral, from, to, null, scope.viewer.staffId);
      from = to;
    }
    const [[updated]] = await tx.query<[Referral[], number]>(
      `UPDATE referral x SET status = 'SENT', consent_id = $2, sent_at = $3, sent_by_id = $4,
         version = x.version + 1, updated_at = now()
       WHERE x.id = $1 RETURNING ${selectColumns(tx.connection, Referral, 'x')}`,
      [referral.id, coverage.consentId, at, scope.viewer.staffId],
    );
    const [disclosure] = await tx.query<{ id: string }[]>(
      `INSERT INTO disclosure (client_id, episode_id, program_id, referral_id, consent_id,
         recipient_name, purpose, information_disclosed, notice_text, disclosed_by_id, disclosed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        referral.clientId,
        referral.episodeId,
        target.programId,
        referral.id,
        coverage.consentId,
        referral.recipientName,
        referral.purpose,
        `Referral: ${referral.reason}\n${referral.informationToSend}`,
        PART2_NOTICE_FULL,
        scope.viewer.staffId,
        at,
      ],
    );
    await audit(scope, tx, 'UPDATE', updated!);
    await scope.audit.write(
      {
        action: 'DISCLOSE',
        recordType: 'Disclosure',
        recordId: disclosure!.id,
        clientId: referral.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return updated!;
  });
}
