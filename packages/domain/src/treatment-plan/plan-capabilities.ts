import type { EpisodeStatus } from '../episode/episode-status.js';
import type { StaffRole } from '../staff/staff-role.js';
import {
  PLAN_NEEDS_TREATMENT_MESSAGE,
  activePlanClosable,
  planWorkAllowed,
} from './plan-episode.js';
import {
  DEFAULT_REQUIRED_PLAN_SIGNERS,
  planSignerLabel,
  planVersionStatusLabel,
  type PlanSigner,
  type PlanVersionStatus,
} from './plan-status.js';

/** How a refused capability is answered by the API (the error code of the refusal). */
export type CapabilityRefusal = 'FORBIDDEN' | 'INVALID_TRANSITION' | 'CONFLICT';

export interface Capability {
  allowed: boolean;
  /** Why not, in words staff read; null when allowed. */
  reason: string | null;
  code: CapabilityRefusal | null;
}

export interface PlanCapabilityInput {
  plan: {
    status: PlanVersionStatus;
    /** Signatures that count (voided ones left out). */
    signatures: readonly { signer: PlanSigner; staffId: string }[];
  };
  /** For an ACTIVE version: the revision of it being written (DRAFT or PENDING_SIGNATURE), if any. */
  openRevision?: { status: PlanVersionStatus } | null;
  episodeStatus: EpisodeStatus;
  viewer: {
    staffId: string;
    /** The access rule's EDIT_CHART on the episode's client (Client.access.canEdit). */
    canEditChart: boolean;
    /** The viewer's roles in the episode's program. */
    programRoles: readonly StaffRole[];
  };
}

export const PLAN_SIGNERS: readonly PlanSigner[] = ['CLIENT', 'CLINICIAN', 'SUPERVISOR'];

/** Client and clinician, and a director's co-signature where the program requires it. */
export function requiredPlanSigners(requiresSupervisorSignature: boolean): readonly PlanSigner[] {
  return requiresSupervisorSignature
    ? [...DEFAULT_REQUIRED_PLAN_SIGNERS, 'SUPERVISOR']
    : DEFAULT_REQUIRED_PLAN_SIGNERS;
}

export interface PlanCapabilities {
  /** Change the content (problems, goals, objectives, interventions). */
  edit: Capability;
  submit: Capability;
  returnToDraft: Capability;
  /** Sign as each signer. */
  sign: Record<PlanSigner, Capability>;
  /** Record a review that continues the plan. */
  review: Capability;
  /** Record a review that opens a revision. */
  revise: Capability;
  close: Capability;
  /** Change a goal's or objective's lifecycle or achievement status. */
  setStatus: Capability;
  recordProgress: Capability;
  /** Correct or void a progress entry of the episode. */
  amendProgress: Capability;
}

const ALLOWED: Capability = { allowed: true, reason: null, code: null };
const refuse = (code: CapabilityRefusal, reason: string): Capability => ({
  allowed: false,
  reason,
  code,
});

export const NO_EDIT_ACCESS_MESSAGE =
  'Your access to this client does not include changing the treatment plan';
export const SIGNED_CONTENT_MESSAGE =
  'Signed content is never edited; revise the plan to change it';
export const REVISION_PENDING_MESSAGE =
  'A revision of this plan is pending signature; return it to draft to change statuses ' +
  '(a status changed on the active version is carried into a revision in draft)';
export const REVISION_OPEN_MESSAGE = 'A revision of this plan is already being written';

/** The first refusal that applies, or ALLOWED. */
function first(...checks: (Capability | null | false)[]): Capability {
  return checks.find((c): c is Capability => !!c && !c.allowed) ?? ALLOWED;
}

/**
 * What the viewer may do with one plan version now, and why not. The API enforces exactly this
 * (each refusal's code and words) and exposes it on TreatmentPlan.capabilities, so the web app
 * shows and hides actions without deciding anything itself.
 *
 * Rules: only a DRAFT's content changes; statuses and progress move on a DRAFT or ACTIVE version
 * and a status changed on the ACTIVE version is carried into its revision while that is a DRAFT
 * and refused while it is pending signature (the signed content would silently differ); every
 * change needs the client in treatment (orientation to discharge planning); clinician signs as
 * CLINICIAN, a director of the program as SUPERVISOR (also co-signing an ACTIVE version that has
 * no supervisor's signature), never one person as both; the client signs with any editor as
 * witness; an ACTIVE version closes by hand only once discharge is being planned.
 */
export function planCapabilities(input: PlanCapabilityInput): PlanCapabilities {
  const { plan, viewer, episodeStatus } = input;
  const status = plan.status;
  const label = planVersionStatusLabel(status);
  const access = !viewer.canEditChart && refuse('FORBIDDEN', NO_EDIT_ACCESS_MESSAGE);
  const treatment =
    !planWorkAllowed(episodeStatus) && refuse('INVALID_TRANSITION', PLAN_NEEDS_TREATMENT_MESSAGE);
  const when = (allowed: readonly PlanVersionStatus[], message: string) =>
    !allowed.includes(status) && refuse('INVALID_TRANSITION', message);
  const tracked = when(
    ['DRAFT', 'ACTIVE'],
    'Progress and statuses are recorded on a draft or active plan only',
  );
  const holds = (role: StaffRole) => viewer.programRoles.includes(role);
  const signedAs = (signer: PlanSigner) => plan.signatures.find((s) => s.signer === signer);

  const sign = (signer: PlanSigner): Capability => {
    const coSigning = status === 'ACTIVE' && signer === 'SUPERVISOR';
    const otherStaffSigner: PlanSigner | null =
      signer === 'CLINICIAN' ? 'SUPERVISOR' : signer === 'SUPERVISOR' ? 'CLINICIAN' : null;
    return first(
      access,
      signer === 'CLINICIAN' &&
        !holds('CLINICIAN') &&
        refuse('FORBIDDEN', 'Only a clinician of the program signs as clinician'),
      signer === 'SUPERVISOR' &&
        !holds('DIRECTOR') &&
        refuse('FORBIDDEN', 'Only a director of the program co-signs as supervisor'),
      treatment,
      status !== 'PENDING_SIGNATURE' &&
        !coSigning &&
        refuse(
          'INVALID_TRANSITION',
          status === 'ACTIVE'
            ? 'This version is already in effect; only a supervisor’s co-signature can be added to it'
            : `Only a plan pending signature can be signed; this version is ${label}`,
        ),
      !!signedAs(signer) &&
        refuse(
          'CONFLICT',
          `This version already has the ${planSignerLabel(signer).toLowerCase()}'s signature`,
        ),
      otherStaffSigner !== null &&
        signedAs(otherStaffSigner)?.staffId === viewer.staffId &&
        refuse('FORBIDDEN', 'The clinician and the supervisor must be different people'),
    );
  };

  const review = first(
    access,
    treatment,
    when(['ACTIVE'], `Only the active plan is reviewed; this version is ${label}`),
  );
  return {
    edit: first(access, treatment, when(['DRAFT'], SIGNED_CONTENT_MESSAGE)),
    submit: first(
      access,
      treatment,
      when(['DRAFT'], `Only a draft is submitted for signature; this version is ${label}`),
    ),
    returnToDraft: first(
      access,
      when(
        ['PENDING_SIGNATURE'],
        `Only a plan pending signature returns to draft; this version is ${label}`,
      ),
    ),
    sign: {
      CLIENT: sign('CLIENT'),
      CLINICIAN: sign('CLINICIAN'),
      SUPERVISOR: sign('SUPERVISOR'),
    },
    review,
    revise: first(review, !!input.openRevision && refuse('CONFLICT', REVISION_OPEN_MESSAGE)),
    close: first(
      access,
      (status === 'SUPERSEDED' || status === 'CLOSED') &&
        refuse('INVALID_TRANSITION', `This version is ${label} already`),
      status === 'ACTIVE' &&
        !activePlanClosable(episodeStatus) &&
        refuse(
          'INVALID_TRANSITION',
          'Cannot move a treatment plan from Active to Closed while the client is in treatment; it closes when the episode ends (review it to revise it)',
        ),
    ),
    setStatus: first(
      access,
      treatment,
      tracked,
      status === 'ACTIVE' &&
        input.openRevision?.status === 'PENDING_SIGNATURE' &&
        refuse('INVALID_TRANSITION', REVISION_PENDING_MESSAGE),
    ),
    recordProgress: first(access, treatment, tracked),
    amendProgress: amendProgressCapability(input),
  };
}

/**
 * Correcting or voiding a progress entry: entries follow the goal across versions, so this
 * depends on the episode, not on a version's status — the client in treatment and edit access.
 */
export function amendProgressCapability(input: {
  episodeStatus: EpisodeStatus;
  viewer: { canEditChart: boolean };
}): Capability {
  return first(
    !input.viewer.canEditChart && refuse('FORBIDDEN', NO_EDIT_ACCESS_MESSAGE),
    !planWorkAllowed(input.episodeStatus) &&
      refuse('INVALID_TRANSITION', PLAN_NEEDS_TREATMENT_MESSAGE),
  );
}
