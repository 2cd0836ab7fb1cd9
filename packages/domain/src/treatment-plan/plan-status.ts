import type { TransitionResult } from '../episode/lifecycle.js';
import { checkSignablePlan, type SignablePlan } from './signable-plan.js';

/**
 * A treatment plan is versioned: each version is written as a DRAFT, frozen for signatures, takes
 * effect when signed, and is replaced by the next version (SUPERSEDED) or ends with the episode
 * (CLOSED). Only a DRAFT's content may change; signed content is never edited, it is revised by a
 * new version.
 */
export const PlanVersionStatus = {
  DRAFT: 'DRAFT',
  PENDING_SIGNATURE: 'PENDING_SIGNATURE',
  ACTIVE: 'ACTIVE',
  SUPERSEDED: 'SUPERSEDED',
  CLOSED: 'CLOSED',
} as const;
export type PlanVersionStatus = (typeof PlanVersionStatus)[keyof typeof PlanVersionStatus];

const planStatusLabels: Record<PlanVersionStatus, string> = {
  DRAFT: 'Draft',
  PENDING_SIGNATURE: 'Pending signature',
  ACTIVE: 'Active',
  SUPERSEDED: 'Superseded',
  CLOSED: 'Closed',
};

export function planVersionStatusLabel(status: PlanVersionStatus): string {
  return planStatusLabels[status] ?? status;
}

/** Who signs a plan. */
export const PlanSigner = {
  CLIENT: 'CLIENT',
  CLINICIAN: 'CLINICIAN',
  /** Co-signature by a supervising director, where the program or the clinician's licence asks for it. */
  SUPERVISOR: 'SUPERVISOR',
} as const;
export type PlanSigner = (typeof PlanSigner)[keyof typeof PlanSigner];

const signerLabels: Record<PlanSigner, string> = {
  CLIENT: 'Client',
  CLINICIAN: 'Clinician',
  SUPERVISOR: 'Supervisor',
};

export function planSignerLabel(signer: PlanSigner): string {
  return signerLabels[signer];
}

/** The signatures a plan needs to take effect unless the caller asks for more (a supervisor's). */
export const DEFAULT_REQUIRED_PLAN_SIGNERS: readonly PlanSigner[] = ['CLIENT', 'CLINICIAN'];

export interface PlanVersionTransitionTarget {
  to: PlanVersionStatus;
  /** The plan's content must pass Rule 4 (checkSignablePlan). */
  requiresSignablePlan?: boolean;
  /** All required signatures must have been given. */
  requiresSignatures?: boolean;
  reasonRequired?: boolean;
  description: string;
}

export const planVersionTransitions: Readonly<
  Record<PlanVersionStatus, readonly PlanVersionTransitionTarget[]>
> = {
  DRAFT: [
    {
      to: 'PENDING_SIGNATURE',
      requiresSignablePlan: true,
      description: 'The draft is complete (Rule 4) and is frozen for signatures.',
    },
    {
      to: 'CLOSED',
      reasonRequired: true,
      description: 'The draft is abandoned and never takes effect.',
    },
  ],
  PENDING_SIGNATURE: [
    {
      to: 'ACTIVE',
      requiresSignatures: true,
      description:
        'Everyone required has signed; the plan takes effect and the review clock restarts.',
    },
    {
      to: 'DRAFT',
      description: 'Returned for changes; signatures given so far no longer count.',
    },
    {
      to: 'CLOSED',
      reasonRequired: true,
      description: 'The version is abandoned before it takes effect.',
    },
  ],
  ACTIVE: [
    { to: 'SUPERSEDED', description: 'A revised version has taken effect in its place.' },
    { to: 'CLOSED', description: 'The episode ends (discharge or transfer) and the plan closes.' },
  ],
  SUPERSEDED: [],
  CLOSED: [],
};

export function allowedPlanVersionTransitions(from: PlanVersionStatus): PlanVersionStatus[] {
  return (planVersionTransitions[from] ?? []).map((t) => t.to);
}

export interface PlanVersionTransitionRequest {
  from: PlanVersionStatus;
  to: PlanVersionStatus;
  /** The version's content; needed to leave DRAFT for signature. */
  plan?: SignablePlan | null;
  /** A revision with no change from the version in effect (its number) cannot be signed. */
  unchangedFromVersion?: number | null;
  /** Who has signed this version (needed to activate). */
  signedBy?: readonly PlanSigner[];
  /** Who must sign; DEFAULT_REQUIRED_PLAN_SIGNERS unless given. */
  requiredSigners?: readonly PlanSigner[];
  reason?: string | null;
}

export type PlanVersionTransitionResult = TransitionResult<PlanVersionStatus>;

/**
 * Whether a plan version may move between statuses. Leaving DRAFT for signature runs Rule 4 and
 * the refusal lists what is missing (`missing` holds the plan paths, e.g. `problems[1].goals`);
 * activation needs every required signature (`missing` holds e.g. `signatures.CLIENT`).
 */
export function checkPlanVersionTransition(
  request: PlanVersionTransitionRequest,
): PlanVersionTransitionResult {
  const { from, to } = request;
  const fromLabel = planVersionStatusLabel(from);
  const toLabel = planVersionStatusLabel(to);
  const head = `Cannot move a treatment plan from ${fromLabel} to ${toLabel}`;
  const refuse = (message: string, missing?: string[]): PlanVersionTransitionResult => ({
    ok: false,
    code: 'INVALID_TRANSITION',
    from,
    to,
    message,
    ...(missing ? { missing } : {}),
  });

  const edge = (planVersionTransitions[from] ?? []).find((t) => t.to === to);
  if (!edge) {
    const options = allowedPlanVersionTransitions(from).map(planVersionStatusLabel);
    const hint =
      from === to
        ? ` It is already ${toLabel}.`
        : options.length === 0
          ? ` ${fromLabel} is final; revise the plan with a new version instead.`
          : ` From ${fromLabel} it can move to ${options.join(' or ')}.`;
    return refuse(`${head}.${hint}`);
  }

  const problems: string[] = [];
  const missing: string[] = [];
  if (edge.requiresSignablePlan) {
    if (!request.plan) {
      problems.push('the plan content is needed to check it');
      missing.push('plan');
    } else {
      const signable = checkSignablePlan(request.plan, {
        unchangedFromVersion: request.unchangedFromVersion ?? null,
      });
      for (const gap of signable.missing) {
        problems.push(gap.message);
        missing.push(gap.path);
      }
    }
  }
  if (edge.requiresSignatures) {
    const signed = new Set(request.signedBy ?? []);
    for (const signer of request.requiredSigners ?? DEFAULT_REQUIRED_PLAN_SIGNERS) {
      if (!signed.has(signer)) {
        problems.push(`the ${signerLabels[signer].toLowerCase()}'s signature is missing`);
        missing.push(`signatures.${signer}`);
      }
    }
  }
  if (edge.reasonRequired && (request.reason == null || request.reason.trim() === '')) {
    problems.push('a reason is needed');
    missing.push('reason');
  }
  if (problems.length > 0) return refuse(`${head}: ${problems.join('; ')}.`, missing);
  return { ok: true };
}

/** FHIR Goal.lifecycleStatus: where the goal stands as a goal (is it being pursued?). */
export const GoalLifecycleStatus = {
  PROPOSED: 'PROPOSED',
  PLANNED: 'PLANNED',
  ACCEPTED: 'ACCEPTED',
  ACTIVE: 'ACTIVE',
  ON_HOLD: 'ON_HOLD',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
  ENTERED_IN_ERROR: 'ENTERED_IN_ERROR',
  REJECTED: 'REJECTED',
} as const;
export type GoalLifecycleStatus = (typeof GoalLifecycleStatus)[keyof typeof GoalLifecycleStatus];

/**
 * FHIR Goal.achievementStatus: how the client is doing against it. Independent of the lifecycle
 * status (an ACTIVE goal may be IMPROVING or WORSENING; a COMPLETED one ACHIEVED or NOT_ACHIEVED),
 * so no combination is forbidden here.
 */
export const GoalAchievementStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  IMPROVING: 'IMPROVING',
  WORSENING: 'WORSENING',
  NO_CHANGE: 'NO_CHANGE',
  ACHIEVED: 'ACHIEVED',
  SUSTAINING: 'SUSTAINING',
  NOT_ACHIEVED: 'NOT_ACHIEVED',
  NO_PROGRESS: 'NO_PROGRESS',
  NOT_ATTAINABLE: 'NOT_ATTAINABLE',
} as const;
export type GoalAchievementStatus =
  (typeof GoalAchievementStatus)[keyof typeof GoalAchievementStatus];

const lifecycleLabels: Record<GoalLifecycleStatus, string> = {
  PROPOSED: 'Proposed',
  PLANNED: 'Planned',
  ACCEPTED: 'Accepted',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  ENTERED_IN_ERROR: 'Entered in error',
  REJECTED: 'Rejected',
};

const achievementLabels: Record<GoalAchievementStatus, string> = {
  IN_PROGRESS: 'In progress',
  IMPROVING: 'Improving',
  WORSENING: 'Worsening',
  NO_CHANGE: 'No change',
  ACHIEVED: 'Achieved',
  SUSTAINING: 'Sustaining',
  NOT_ACHIEVED: 'Not achieved',
  NO_PROGRESS: 'No progress',
  NOT_ATTAINABLE: 'Not attainable',
};

export function goalLifecycleStatusLabel(status: GoalLifecycleStatus): string {
  return lifecycleLabels[status] ?? status;
}

export function goalAchievementStatusLabel(status: GoalAchievementStatus): string {
  return achievementLabels[status] ?? status;
}

// Both FHIR code lists are the enum names in kebab case: ON_HOLD ↔ on-hold.
const toFhirCode = (status: string): string => status.toLowerCase().replaceAll('_', '-');
const fromFhirCode = (code: string): string => code.toUpperCase().replaceAll('-', '_');

/** The FHIR R4 code, e.g. ENTERED_IN_ERROR → `entered-in-error`. */
export function goalLifecycleStatusToFhir(status: GoalLifecycleStatus): string {
  return toFhirCode(status);
}

/** The status for a FHIR R4 code, or null for a code outside the value set. */
export function goalLifecycleStatusFromFhir(code: string): GoalLifecycleStatus | null {
  const status = fromFhirCode(code);
  return code === toFhirCode(status) && Object.hasOwn(lifecycleLabels, status)
    ? (status as GoalLifecycleStatus)
    : null;
}

/** The FHIR R4 code (system http://terminology.hl7.org/CodeSystem/goal-achievement). */
export function goalAchievementStatusToFhir(status: GoalAchievementStatus): string {
  return toFhirCode(status);
}

/** The status for a FHIR R4 code, or null for a code outside the value set. */
export function goalAchievementStatusFromFhir(code: string): GoalAchievementStatus | null {
  const status = fromFhirCode(code);
  return code === toFhirCode(status) && Object.hasOwn(achievementLabels, status)
    ? (status as GoalAchievementStatus)
    : null;
}
