import { planSignerLabel, type PlanSigner } from '@waypoint/domain';

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
  /** Needed for the plan to take effect (the API's default: client and clinician). */
  required: boolean;
}

const order: readonly PlanSigner[] = ['CLIENT', 'CLINICIAN', 'SUPERVISOR'];
const required = new Set<PlanSigner>(['CLIENT', 'CLINICIAN']);

/** Client, clinician, supervisor: who has signed and who is still to. */
export function signatureRows<S extends SignatureLike>(
  signatures: readonly S[],
): SignatureRow<S>[] {
  return order.map((signer) => ({
    signer,
    label: planSignerLabel(signer),
    signature: signatures.find((s) => s.signer === signer) ?? null,
    required: required.has(signer),
  }));
}

/** The required signatures not yet given: the plan takes effect with the last of them. */
export function signaturesStillNeeded(signatures: readonly SignatureLike[]): PlanSigner[] {
  return order.filter((s) => required.has(s) && !signatures.some((x) => x.signer === s));
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
