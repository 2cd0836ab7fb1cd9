import { DEFAULT_REQUIRED_PLAN_SIGNERS, planSignerLabel, type PlanSigner } from '@waypoint/domain';

export interface SignatureLike {
  signer: PlanSigner;
  signedName?: string | null;
  signedAt: string;
  signedBy: { displayName: string };
}

export interface SignatureRow<S extends SignatureLike = SignatureLike> {
  signer: PlanSigner;
  label: string;
  signature: S | null;
  /** Needed for the plan to take effect (client and clinician, and a supervisor if the program asks). */
  required: boolean;
}

const order: readonly PlanSigner[] = ['CLIENT', 'CLINICIAN', 'SUPERVISOR'];

/** Who must sign for a plan to take effect: as the API decides it from the program's setting. */
export function requiredSigners(requiresSupervisorSignature: boolean): readonly PlanSigner[] {
  return requiresSupervisorSignature
    ? [...DEFAULT_REQUIRED_PLAN_SIGNERS, 'SUPERVISOR']
    : DEFAULT_REQUIRED_PLAN_SIGNERS;
}

/** Client, clinician, supervisor: who has signed and who is still to. */
export function signatureRows<S extends SignatureLike>(
  signatures: readonly S[],
  required: readonly PlanSigner[] = DEFAULT_REQUIRED_PLAN_SIGNERS,
): SignatureRow<S>[] {
  return order.map((signer) => ({
    signer,
    label: planSignerLabel(signer),
    signature: signatures.find((s) => s.signer === signer) ?? null,
    required: required.includes(signer),
  }));
}

/** The required signatures not yet given: the plan takes effect with the last of them. */
export function signaturesStillNeeded(
  signatures: readonly SignatureLike[],
  required: readonly PlanSigner[] = DEFAULT_REQUIRED_PLAN_SIGNERS,
): PlanSigner[] {
  return order.filter((s) => required.includes(s) && !signatures.some((x) => x.signer === s));
}

/** A director may add a supervisor's co-signature to a plan in effect that has none. */
export function canCoSignActivePlan(
  plan: { status: string; signatures: readonly { signer: PlanSigner }[] },
  roles: { supervisor: boolean },
  canEdit: boolean,
): boolean {
  return (
    canEdit &&
    roles.supervisor &&
    plan.status === 'ACTIVE' &&
    !plan.signatures.some((s) => s.signer === 'SUPERVISOR')
  );
}

interface ViewerRoles {
  staff: { id: string };
  programRoles: readonly { role: string; program: { id: string } }[];
}

/**
 * How the viewer may sign in this program: as clinician (a clinician of it), as supervisor (a
 * director of it). Anyone who may edit the chart witnesses the client's signature. The API checks
 * again, and refuses the same person signing as both clinician and supervisor.
 */
export function signingRoles(viewer: ViewerRoles, programId: string) {
  const holds = (role: string) =>
    viewer.programRoles.some((r) => r.role === role && r.program.id === programId);
  return { clinician: holds('CLINICIAN'), supervisor: holds('DIRECTOR') };
}
