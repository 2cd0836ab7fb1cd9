import { In, type EntityManager } from 'typeorm';
import {
  checkPlanVersionTransition,
  requiredPlanSigners,
  closeReasonSchema,
  reviewNoteSchema,
  signedNameSchema,
  statusesInPhase,
  type EpisodeStatus,
  type PlanSigner,
  type ReviewDueReason,
  type ReviewDueStatus,
} from '@waypoint/domain';
import { guardedUpdate, TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { reviewClockCtes } from '../dashboard/review-clock.sql.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import type {
  CloseTreatmentPlanInput,
  CreateTreatmentPlanInput,
  PlanVersionInput,
  ReviewPlanInput,
  SignPlanInput,
} from './dto/plan.input.js';
import { diffPlans, type PlanElementKind } from './plan-diff.js';
import { closeVersion, lockOpenVersions } from './plan-closing.js';
import { parseField } from './plan-input.js';
import {
  auditWrite,
  capabilitiesInTx,
  enforce,
  lockEpisodeStatus,
  moveTo,
  validSignatures,
} from './plan-transition.js';
import {
  loadContent,
  lockPlanVersion,
  type PlanContent,
  recordTypeOf,
  requireTarget,
  toSignablePlan,
  type PlanTarget,
} from './plan-access.js';
import { PlanReview, TreatmentPlan } from './treatment-plan.entity.js';
import type { PlanDiff, PlanReviewDue, ReviewPlanPayload } from './treatment-plan.types.js';

/** Admitted and not yet discharged: the statuses in which a plan is written and revised. */
const IN_TREATMENT: readonly EpisodeStatus[] = statusesInPhase('IN_TREATMENT');

const planColumns = (scope: ClientScope, alias = 'x') =>
  selectColumns(scope.db, TreatmentPlan, alias);

/** All versions of an episode's plan, newest first. */
export async function listEpisodePlans(
  scope: ClientScope,
  episodeId: string,
): Promise<TreatmentPlan[]> {
  const target = await requireTarget(scope, 'READ_CHART', 'EPISODE', episodeId);
  const plans = await scope.db.query<TreatmentPlan[]>(
    `SELECT ${planColumns(scope)} FROM treatment_plan x WHERE x.episode_id = $1
     ORDER BY x.version_number DESC`,
    [episodeId],
  );
  for (const p of plans) scope.audit.read('TreatmentPlan', p.id, target.clientId);
  return plans;
}

export async function getTreatmentPlan(scope: ClientScope, id: string): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'READ_CHART', 'PLAN', id);
  const [plan] = await scope.db.query<TreatmentPlan[]>(
    `SELECT ${planColumns(scope)} FROM treatment_plan x WHERE x.id = $1`,
    [id],
  );
  scope.audit.read('TreatmentPlan', id, target.clientId);
  return plan!;
}

function notInTreatment(status: EpisodeStatus, message: string): DomainError {
  return new DomainError('INVALID_TRANSITION', message, { episodeStatus: status });
}

/** The first plan of an admitted episode: a DRAFT, version 1. */
export async function createTreatmentPlan(
  scope: ClientScope,
  input: CreateTreatmentPlanInput,
): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', input.episodeId);
  return scope.db.transaction(async (tx) => {
    // The episode row is the lock that serializes two clinicians starting a plan at once.
    const [episode] = await tx.query<{ status: EpisodeStatus }[]>(
      'SELECT status FROM episode WHERE id = $1 FOR NO KEY UPDATE',
      [input.episodeId],
    );
    if (!episode || !IN_TREATMENT.includes(episode.status)) {
      throw notInTreatment(
        episode?.status ?? target.episodeStatus,
        'A treatment plan is written for an admitted client: orientation, active, on hold or discharge planning',
      );
    }
    const [existing] = await tx.query<TreatmentPlan[]>(
      `SELECT ${planColumns(scope)} FROM treatment_plan x
       WHERE x.episode_id = $1 AND x.status IN ('DRAFT', 'PENDING_SIGNATURE', 'ACTIVE')
       ORDER BY x.version_number DESC LIMIT 1`,
      [input.episodeId],
    );
    if (existing) {
      throw new ConflictError(
        'TreatmentPlan',
        existing,
        existing.status === 'ACTIVE'
          ? 'This episode already has an active treatment plan; review it to revise it'
          : 'This episode already has a treatment plan being written',
      );
    }
    const [plan] = await tx.query<TreatmentPlan[]>(
      `INSERT INTO treatment_plan AS x (episode_id, version_number, status, created_by_staff_id)
       VALUES ($1, (SELECT coalesce(max(version_number), 0) + 1 FROM treatment_plan WHERE episode_id = $1),
         'DRAFT', $2)
       RETURNING ${planColumns(scope)}`,
      [input.episodeId, scope.viewer.staffId],
    );
    await auditWrite(scope, tx, target, {
      action: 'CREATE',
      recordType: 'TreatmentPlan',
      recordId: plan!.id,
    });
    return plan!;
  });
}

/**
 * Whether a revision has no change from the version in effect: returns that version's number
 * when nothing differs (content and statuses, element by element), null otherwise or when this
 * is not a revision.
 */
async function unchangedFromActive(
  tx: EntityManager,
  plan: TreatmentPlan,
  content: PlanContent,
): Promise<number | null> {
  const [active] = await tx.query<{ id: string; versionNumber: number }[]>(
    `SELECT id, version_number AS "versionNumber" FROM treatment_plan
     WHERE episode_id = $1 AND status = 'ACTIVE' AND id <> $2`,
    [plan.episodeId, plan.id],
  );
  if (!active) return null;
  const activeContent = (await loadContent(tx, [active.id])).get(active.id)!;
  const diff = diffPlans(activeContent, content);
  const changed = Object.values(diff).some((k) => k.added + k.removed + k.changed > 0);
  return changed ? null : active.versionNumber;
}

/** DRAFT → PENDING_SIGNATURE, only when the content passes Rule 4 and the client is in treatment. */
export async function submitPlanForSignature(
  scope: ClientScope,
  input: PlanVersionInput,
): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'PLAN', input.planId);
  return scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    const plan = await lockPlanVersion(tx, input.planId, input.version);
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, episodeStatus);
    enforce(capabilities.submit, plan, {
      from: plan.status,
      to: 'PENDING_SIGNATURE',
      episodeStatus,
    });
    // Read under the lock: editors hold it shared, so this is the content being frozen.
    const content = (await loadContent(tx, [plan.id])).get(plan.id)!;
    return moveTo(scope, tx, target, plan, 'PENDING_SIGNATURE', {
      plan: toSignablePlan(content),
      unchangedFromVersion: await unchangedFromActive(tx, plan, content),
    });
  });
}

/**
 * PENDING_SIGNATURE → DRAFT; signatures given so far no longer count. They stay on the version,
 * voided (who, when, why), so the record shows who had signed what.
 */
export async function returnPlanToDraft(
  scope: ClientScope,
  input: PlanVersionInput,
): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'PLAN', input.planId);
  return scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    const plan = await lockPlanVersion(tx, input.planId, input.version);
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, episodeStatus);
    enforce(capabilities.returnToDraft, plan, { from: plan.status, to: 'DRAFT', episodeStatus });
    const returned = await moveTo(scope, tx, target, plan, 'DRAFT');
    const [voided] = await tx.query<[{ id: string }[], number]>(
      `UPDATE plan_signature SET voided_at = now(), voided_by_staff_id = $2,
         void_reason = 'Plan returned to draft for changes'
       WHERE plan_id = $1 AND voided_at IS NULL RETURNING id`,
      [plan.id, scope.viewer.staffId],
    );
    // One INSERT for all voided signatures.
    await scope.audit.write(
      voided.map((sig) => ({
        action: 'UPDATE' as const,
        recordType: 'PlanSignature',
        recordId: sig.id,
        clientId: target.clientId,
        outcome: 'SUCCESS' as const,
        note: 'voided: plan returned to draft',
      })),
      tx,
    );
    return returned;
  });
}

/** Refuses a signature the signer's role does not allow; the refusal is audited. */
async function deny(
  scope: ClientScope,
  target: PlanTarget,
  signer: PlanSigner,
  message: string,
): Promise<never> {
  await scope.audit.write({
    action: 'CREATE',
    recordType: 'PlanSignature',
    recordId: target.planId,
    clientId: target.clientId,
    outcome: 'DENIED',
    note: `signing as ${signer}`,
  });
  throw new DomainError('FORBIDDEN', message);
}

/**
 * Records one signature if planCapabilities allows the viewer to sign as that signer (the role,
 * the version's status, the client in treatment, not already signed, not one person as both
 * clinician and supervisor). When every required signer has signed, the version takes effect and
 * the version it replaces is superseded, in the same transaction. A director may also co-sign an
 * ACTIVE version that has no supervisor's signature; its status is unchanged.
 */
export async function signPlan(scope: ClientScope, input: SignPlanInput): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'PLAN', input.planId);
  const signedName =
    input.signer === 'CLIENT' ? parseField('signedName', signedNameSchema, input.signedName) : null;
  const [program] = await scope.db.query<{ requiresSupervisorSignature: boolean }[]>(
    'SELECT requires_supervisor_signature AS "requiresSupervisorSignature" FROM program WHERE id = $1',
    [target.programId],
  );
  const requiredSigners = requiredPlanSigners(program?.requiresSupervisorSignature ?? false);
  const result = await scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    const plan = await lockPlanVersion(tx, input.planId, input.version);
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, episodeStatus);
    const capability = capabilities.sign[input.signer];
    // A refusal by role is audited as DENIED, outside this transaction (which rolls back).
    if (capability.code === 'FORBIDDEN') {
      return { denied: capability.reason ?? 'Not allowed', plan: null };
    }
    enforce(capability, plan, { episodeStatus });
    const [signature] = await tx.query<{ id: string }[]>(
      `INSERT INTO plan_signature (plan_id, signer, staff_id, signed_name)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [plan.id, input.signer, scope.viewer.staffId, signedName],
    );
    await auditWrite(scope, tx, target, {
      action: 'CREATE',
      recordType: 'PlanSignature',
      recordId: signature!.id,
      note: input.signer,
    });
    if (plan.status === 'ACTIVE') {
      // A co-signature: the status stays ACTIVE; the version moves so every screen sees it.
      const cosigned = await guardedUpdate(tx, TreatmentPlan, 'TreatmentPlan', plan, {});
      await auditWrite(scope, tx, target, {
        action: 'UPDATE',
        recordType: 'TreatmentPlan',
        recordId: plan.id,
        note: 'co-signed by supervisor while ACTIVE',
      });
      return { plan: cosigned };
    }
    const signedBy = (await validSignatures(tx, plan.id)).map((s) => s.signer);
    const request = { signedBy, requiredSigners };
    if (!checkPlanVersionTransition({ from: plan.status, to: 'ACTIVE', ...request }).ok) {
      return { plan }; // still waiting for someone's signature
    }
    const [previous] = await tx.query<TreatmentPlan[]>(
      `SELECT ${planColumns(scope)} FROM treatment_plan x
       WHERE x.episode_id = $1 AND x.status = 'ACTIVE' FOR NO KEY UPDATE`,
      [target.episodeId],
    );
    if (previous) {
      await moveTo(
        scope,
        tx,
        target,
        previous,
        'SUPERSEDED',
        {},
        {
          endedAt: TRANSACTION_TIME,
          endReason: `Replaced by version ${plan.versionNumber}`,
        },
      );
    }
    const activated = await moveTo(scope, tx, target, plan, 'ACTIVE', request, {
      activatedAt: TRANSACTION_TIME,
    });
    return { plan: activated };
  });
  if (result.plan === null) return deny(scope, target, input.signer, result.denied);
  return result.plan;
}

/**
 * A review of the ACTIVE version. CONTINUED restarts the review clock; REVISED opens a new DRAFT
 * version copying every element (new ids, the same lineage ids, statuses as they stand), and the
 * reviewed version stays in effect until the revision is signed.
 */
export async function reviewPlan(
  scope: ClientScope,
  input: ReviewPlanInput,
): Promise<ReviewPlanPayload> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'PLAN', input.planId);
  const note = parseField('note', reviewNoteSchema, input.note);
  return scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    let plan = await lockPlanVersion(tx, input.planId, input.version);
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, episodeStatus);
    const revising = input.outcome === 'REVISED';
    const [openRevision] = revising
      ? await tx.query<TreatmentPlan[]>(
          `SELECT ${planColumns(scope)} FROM treatment_plan x
           WHERE x.episode_id = $1 AND x.status IN ('DRAFT', 'PENDING_SIGNATURE')`,
          [target.episodeId],
        )
      : [];
    enforce(
      revising ? capabilities.revise : capabilities.review,
      plan,
      { episodeStatus },
      openRevision ?? plan,
    );
    const [review] = await tx.query<PlanReview[]>(
      `INSERT INTO plan_review AS x (plan_id, outcome, note, reviewed_by_staff_id)
       VALUES ($1, $2, $3, $4) RETURNING ${selectColumns(scope.db, PlanReview, 'x')}`,
      [plan.id, input.outcome, note, scope.viewer.staffId],
    );
    await auditWrite(scope, tx, target, {
      action: 'CREATE',
      recordType: 'PlanReview',
      recordId: review!.id,
      note: input.outcome,
    });
    if (input.outcome === 'CONTINUED') {
      plan = await guardedUpdate(tx, TreatmentPlan, 'TreatmentPlan', plan, {
        lastReviewedAt: TRANSACTION_TIME,
      });
      await auditWrite(scope, tx, target, {
        action: 'UPDATE',
        recordType: 'TreatmentPlan',
        recordId: plan.id,
        note: 'review: continued',
      });
      return { review: review!, plan, revision: null };
    }
    const [revision] = await tx.query<TreatmentPlan[]>(
      `INSERT INTO treatment_plan AS x (episode_id, version_number, status, created_by_staff_id)
       VALUES ($1, (SELECT max(version_number) + 1 FROM treatment_plan WHERE episode_id = $1),
         'DRAFT', $2)
       RETURNING ${planColumns(scope)}`,
      [target.episodeId, scope.viewer.staffId],
    );
    await copyContent(tx, plan.id, revision!.id);
    await auditWrite(scope, tx, target, {
      action: 'CREATE',
      recordType: 'TreatmentPlan',
      recordId: revision!.id,
      note: `revision of version ${plan.versionNumber}`,
    });
    return { review: review!, plan, revision: revision! };
  });
}

/**
 * Copies a version's whole tree into another in one statement: each level gets new ids (made
 * first, so the next level can point at them) and keeps its lineage ids, positions and statuses.
 * The foreign keys are checked at the end of the statement, when every level is in.
 */
async function copyContent(tx: EntityManager, fromPlanId: string, toPlanId: string): Promise<void> {
  await tx.query(
    `WITH pm AS MATERIALIZED (
       SELECT id AS old_id, gen_random_uuid() AS new_id FROM plan_problem WHERE plan_id = $1),
     gm AS MATERIALIZED (
       SELECT g.id AS old_id, gen_random_uuid() AS new_id, pm.new_id AS parent_id
       FROM plan_goal g JOIN pm ON pm.old_id = g.problem_id),
     om AS MATERIALIZED (
       SELECT o.id AS old_id, gen_random_uuid() AS new_id, gm.new_id AS parent_id
       FROM plan_objective o JOIN gm ON gm.old_id = o.goal_id),
     im AS MATERIALIZED (
       SELECT i.id AS old_id, gen_random_uuid() AS new_id, om.new_id AS parent_id
       FROM plan_intervention i JOIN om ON om.old_id = i.objective_id),
     problems AS (
       INSERT INTO plan_problem (id, lineage_id, position, plan_id, domain, client_words, strengths)
       SELECT pm.new_id, p.lineage_id, p.position, $2::uuid, p.domain, p.client_words, p.strengths
       FROM plan_problem p JOIN pm ON pm.old_id = p.id),
     goals AS (
       INSERT INTO plan_goal (id, lineage_id, position, problem_id, description, horizon,
         target_date, lifecycle_status, achievement_status)
       SELECT gm.new_id, g.lineage_id, g.position, gm.parent_id, g.description, g.horizon,
         g.target_date, g.lifecycle_status, g.achievement_status
       FROM plan_goal g JOIN gm ON gm.old_id = g.id),
     objectives AS (
       INSERT INTO plan_objective (id, lineage_id, position, goal_id, description, measure,
         target_date, lifecycle_status, achievement_status)
       SELECT om.new_id, o.lineage_id, o.position, om.parent_id, o.description, o.measure,
         o.target_date, o.lifecycle_status, o.achievement_status
       FROM plan_objective o JOIN om ON om.old_id = o.id)
     INSERT INTO plan_intervention (id, lineage_id, position, objective_id, modality, description,
       frequency, responsible_staff_id)
     SELECT im.new_id, i.lineage_id, i.position, im.parent_id, i.modality, i.description,
       i.frequency, i.responsible_staff_id
     FROM plan_intervention i JOIN im ON im.old_id = i.id`,
    [fromPlanId, toPlanId],
  );
}

/**
 * Abandons a DRAFT or pending version, or closes the ACTIVE one once discharge is being planned
 * (with each goal's final status); closing the ACTIVE version abandons its revision too, in the
 * same transaction, so no draft can take effect after the plan it revised was closed.
 */
export async function closeTreatmentPlan(
  scope: ClientScope,
  input: CloseTreatmentPlanInput,
): Promise<TreatmentPlan> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'PLAN', input.planId);
  const reason = parseField('reason', closeReasonSchema, input.reason);
  return scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    const plan = await lockPlanVersion(tx, input.planId, input.version);
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, episodeStatus);
    enforce(capabilities.close, plan, {
      from: plan.status,
      to: 'CLOSED',
      episodeStatus,
      missing: [],
    });
    if (plan.status === 'ACTIVE') {
      for (const revision of await lockOpenVersions(tx, target.episodeId, plan.id)) {
        await closeVersion(
          scope,
          tx,
          target.clientId,
          revision,
          reason
            ? `Abandoned: the version it revised was closed (${reason})`
            : 'Abandoned: the version it revised was closed',
        );
      }
    }
    return closeVersion(scope, tx, target.clientId, plan, reason);
  });
}

/** Two versions of one episode's plan compared element by element (paired by lineage). */
export async function treatmentPlanDiff(
  scope: ClientScope,
  fromPlanId: string,
  toPlanId: string,
): Promise<PlanDiff> {
  const from = await requireTarget(scope, 'READ_CHART', 'PLAN', fromPlanId);
  const to = await requireTarget(scope, 'READ_CHART', 'PLAN', toPlanId);
  if (from.episodeId !== to.episodeId) {
    throw new BadUserInputError([
      { field: 'toPlanId', message: 'must be a version of the same episode’s plan' },
    ]);
  }
  const [plans, content] = await Promise.all([
    scope.db.query<TreatmentPlan[]>(
      `SELECT ${planColumns(scope)} FROM treatment_plan x WHERE x.id = ANY($1::uuid[])`,
      [[fromPlanId, toPlanId]],
    ),
    loadContent(scope.db, [fromPlanId, toPlanId]),
  ]);
  const planOf = (id: string) => plans.find((p) => p.id === id)!;
  const diff = diffPlans(content.get(fromPlanId)!, content.get(toPlanId)!);
  for (const id of [fromPlanId, toPlanId]) scope.audit.read('TreatmentPlan', id, from.clientId);
  for (const kind of Object.keys(diff) as PlanElementKind[]) {
    for (const c of diff[kind].changes) {
      for (const id of [c.fromId, c.toId]) {
        if (id) scope.audit.read(recordTypeOf[kind], id, from.clientId);
      }
    }
  }
  return {
    fromPlan: planOf(fromPlanId),
    toPlan: planOf(toPlanId),
    problems: diff.PROBLEM,
    goals: diff.GOAL,
    objectives: diff.OBJECTIVE,
    interventions: diff.INTERVENTION,
  };
}

/**
 * Reviews and initial plans due for the in-treatment clients the viewer may see, soonest first:
 * the dashboard's set-based review clock (one definition of due and overdue), filtered.
 */
export async function listPlanReviewsDue(
  scope: ClientScope,
  args: { programId?: string | null; statuses?: ReviewDueStatus[] | null },
  now = new Date(),
): Promise<PlanReviewDue[]> {
  const params = new SqlParams();
  const clock = reviewClockCtes(params, now);
  // Judged on the episode whose review is due (never on the client's other episodes).
  const where = [scope.episodeCondition('READ_CHART', params, 'se')];
  if (args.programId) where.push(`rc.program_id = ${params.add(args.programId)}::uuid`);
  if (args.statuses?.length) where.push(`rc.status = ANY(${params.add(args.statuses)}::text[])`);
  const rows = await scope.db.query<
    {
      episodeId: string;
      clientId: string;
      planId: string | null;
      dueDate: string;
      status: ReviewDueStatus;
      reason: ReviewDueReason;
      daysUntilDue: number;
    }[]
  >(
    `WITH ${clock}
     SELECT rc.episode_id AS "episodeId", rc.client_id AS "clientId", ap.id AS "planId",
       to_char(rc.due_date, 'YYYY-MM-DD') AS "dueDate", rc.status, rc.reason, rc.days_until_due AS "daysUntilDue"
     FROM review_clock rc
     JOIN client c ON c.id = rc.client_id
     JOIN episode se ON se.id = rc.episode_id
     LEFT JOIN treatment_plan ap ON ap.episode_id = rc.episode_id AND ap.status = 'ACTIVE'
     WHERE ${where.join(' AND ')}
     ORDER BY rc.due_date, rc.episode_id`,
    params.values,
  );
  const [episodes, clients, plans] = await Promise.all([
    scope.db.getRepository(Episode).findBy({ id: In(rows.map((r) => r.episodeId)) }),
    scope.db.getRepository(Client).findBy({ id: In(rows.map((r) => r.clientId)) }),
    scope.db
      .getRepository(TreatmentPlan)
      .findBy({ id: In(rows.flatMap((r) => (r.planId ? [r.planId] : []))) }),
  ]);
  const episodeById = new Map(episodes.map((e) => [e.id, e]));
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const planById = new Map(plans.map((p) => [p.id, p]));
  return rows.map((r) => {
    scope.audit.read('Episode', r.episodeId, r.clientId);
    scope.audit.read('Client', r.clientId, r.clientId);
    if (r.planId) scope.audit.read('TreatmentPlan', r.planId, r.clientId);
    return {
      episode: episodeById.get(r.episodeId)!,
      client: clientById.get(r.clientId)!,
      plan: r.planId ? planById.get(r.planId)! : null,
      dueDate: r.dueDate,
      status: r.status,
      reason: r.reason,
      daysUntilDue: r.daysUntilDue,
    };
  });
}
