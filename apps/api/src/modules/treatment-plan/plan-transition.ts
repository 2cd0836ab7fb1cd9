import type { EntityManager } from 'typeorm';
import {
  checkPlanVersionTransition,
  planCapabilities,
  type Capability,
  type EpisodeStatus,
  type PlanCapabilities,
  type PlanSigner,
  type PlanVersionStatus,
  type PlanVersionTransitionRequest,
  type StaffRole,
} from '@waypoint/domain';
import { guardedUpdate } from '../../db/guarded-update.js';
import { ConflictError } from '../../graphql/conflict.js';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { TreatmentPlan } from './treatment-plan.entity.js';

export function auditWrite(
  scope: ClientScope,
  tx: EntityManager,
  target: { clientId: string },
  entry: {
    action: 'CREATE' | 'UPDATE' | 'DELETE';
    recordType: string;
    recordId: string;
    note?: string;
  },
) {
  return scope.audit.write({ ...entry, clientId: target.clientId, outcome: 'SUCCESS' }, tx);
}

/**
 * Moves a locked plan version to another status if the plan lifecycle allows it (the domain's
 * checkPlanVersionTransition decides, and its refusal names both states and what is missing).
 * Every status change of a plan goes through here, so a write that must follow one (the stored
 * review clock) has one place to hook in.
 */
export async function moveTo(
  scope: ClientScope,
  tx: EntityManager,
  target: { clientId: string },
  plan: TreatmentPlan,
  to: PlanVersionStatus,
  request: Omit<PlanVersionTransitionRequest, 'from' | 'to'> = {},
  changes: Partial<Record<keyof TreatmentPlan, unknown>> = {},
): Promise<TreatmentPlan> {
  const check = checkPlanVersionTransition({ from: plan.status, to, ...request });
  if (!check.ok) {
    throw new DomainError('INVALID_TRANSITION', check.message, {
      from: check.from,
      to: check.to,
      missing: check.missing ?? [],
    });
  }
  // The row is locked by the caller, so the version guard only fails if that contract is broken.
  const moved = await guardedUpdate(tx, TreatmentPlan, 'TreatmentPlan', plan, {
    status: to,
    ...changes,
  });
  await auditWrite(scope, tx, target, {
    action: 'UPDATE',
    recordType: 'TreatmentPlan',
    recordId: plan.id,
    note: `${plan.status} → ${to}`,
  });
  return moved;
}

/**
 * The episode's status, locked (shared) for the rest of the transaction. Every plan transition
 * takes it before the plan row, and an episode transition updates the episode before closing its
 * plans, so a discharge and a signature are serialized instead of deadlocking or racing.
 */
export async function lockEpisodeStatus(
  tx: EntityManager,
  episodeId: string,
): Promise<EpisodeStatus> {
  const [episode] = await tx.query<{ status: EpisodeStatus }[]>(
    'SELECT status FROM episode WHERE id = $1 FOR SHARE',
    [episodeId],
  );
  if (!episode) throw new NotFoundError('Episode');
  return episode.status;
}

/** The viewer's roles in a program. */
export function rolesIn(scope: ClientScope, programId: string): StaffRole[] {
  return scope.viewer.programRoles.filter((r) => r.programId === programId).map((r) => r.role);
}

/** The signatures of a version that count (voided ones stay on it but no longer count). */
export async function validSignatures(
  tx: Pick<EntityManager, 'query'>,
  planId: string,
): Promise<{ signer: PlanSigner; staffId: string }[]> {
  return tx.query(
    `SELECT signer, staff_id AS "staffId" FROM plan_signature
     WHERE plan_id = $1 AND voided_at IS NULL ORDER BY signed_at, id`,
    [planId],
  );
}

/** The version of the episode being written (DRAFT or PENDING_SIGNATURE) other than `planId`. */
export async function openRevisionOf(
  tx: Pick<EntityManager, 'query'>,
  episodeId: string,
  planId: string,
): Promise<{ id: string; status: PlanVersionStatus } | null> {
  const [row] = await tx.query<{ id: string; status: PlanVersionStatus }[]>(
    `SELECT id, status FROM treatment_plan
     WHERE episode_id = $1 AND id <> $2 AND status IN ('DRAFT', 'PENDING_SIGNATURE')`,
    [episodeId, planId],
  );
  return row ?? null;
}

/**
 * What the viewer may do with a locked plan version, from the rows the transaction holds. The
 * caller already passed EDIT_CHART on the client (requireTarget), so chart access is given.
 */
export async function capabilitiesInTx(
  scope: ClientScope,
  tx: EntityManager,
  target: { episodeId: string; programId: string },
  plan: TreatmentPlan,
  episodeStatus: EpisodeStatus,
): Promise<PlanCapabilities> {
  // A draft has no signatures that count; only what the rules read is loaded.
  const signed = plan.status === 'PENDING_SIGNATURE' || plan.status === 'ACTIVE';
  const signatures = signed ? await validSignatures(tx, plan.id) : [];
  const openRevision =
    plan.status === 'ACTIVE' ? await openRevisionOf(tx, target.episodeId, plan.id) : null;
  return planCapabilities({
    plan: { status: plan.status, signatures },
    openRevision,
    episodeStatus,
    viewer: {
      staffId: scope.viewer.staffId,
      canEditChart: true,
      programRoles: rolesIn(scope, target.programId),
    },
  });
}

/**
 * Throws the refusal a capability carries (its code and words). A CONFLICT names the plan as it
 * stands, which the mutation's result union answers with (read through the scope).
 */
export function enforce(
  capability: Capability,
  plan: TreatmentPlan,
  details: Record<string, unknown> = {},
  current: { id: string } = plan,
): void {
  if (capability.allowed) return;
  if (capability.code === 'CONFLICT') {
    throw new ConflictError('TreatmentPlan', current, capability.reason ?? undefined);
  }
  throw new DomainError(capability.code ?? 'FORBIDDEN', capability.reason ?? 'Not allowed', {
    status: plan.status,
    ...details,
  });
}
