import { PLAN_SIGNERS, planSignerLabel, type PlanSigner } from '@waypoint/domain';

export interface SignatureLike {
  signer: PlanSigner;
  signedName?: string | null;
  signedAt: string;
  signedBy: { displayName: string };
  /** Set when the signature no longer counts (the version went back to draft). */
  voidedAt?: string | null;
}

/** What the API decided about signing as one signer (TreatmentPlan.capabilities.canSign). */
export interface SignerCapabilityLike {
  signer: PlanSigner;
  required: boolean;
  allowed: boolean;
  reason?: string | null;
}

export interface SignatureRow<S extends SignatureLike = SignatureLike> {
  signer: PlanSigner;
  label: string;
  /** The signature that counts, if given. */
  signature: S | null;
  /** Needed for the plan to take effect (client and clinician, and a supervisor if the program asks). */
  required: boolean;
  /** Whether the viewer may sign as this signer now, and why not. */
  allowed: boolean;
  reason: string | null;
}

const counts = (s: SignatureLike) => !s.voidedAt;

/** Client, clinician, supervisor: who has signed, who is still to, and who the viewer may sign as. */
export function signatureRows<S extends SignatureLike>(
  signatures: readonly S[],
  canSign: readonly SignerCapabilityLike[],
): SignatureRow<S>[] {
  return PLAN_SIGNERS.map((signer) => {
    const capability = canSign.find((c) => c.signer === signer);
    return {
      signer,
      label: planSignerLabel(signer),
      signature: signatures.find((s) => s.signer === signer && counts(s)) ?? null,
      required: capability?.required ?? false,
      allowed: capability?.allowed ?? false,
      reason: capability?.reason ?? null,
    };
  });
}

/** The required signatures not yet given: the plan takes effect with the last of them. */
export function signaturesStillNeeded(
  signatures: readonly SignatureLike[],
  canSign: readonly SignerCapabilityLike[],
): PlanSigner[] {
  return canSign
    .filter((c) => c.required && !signatures.some((s) => s.signer === c.signer && counts(s)))
    .map((c) => c.signer);
}

/** Who must sign (TreatmentPlan.requiredSigners) as rows where no one is offered to sign. */
export function requiredOnly(required: readonly PlanSigner[]): SignerCapabilityLike[] {
  return PLAN_SIGNERS.map((signer) => ({
    signer,
    required: required.includes(signer),
    allowed: false,
    reason: null,
  }));
}

/** Signatures that stopped counting, oldest first: they stay on the version, struck through. */
export function voidedSignatures<S extends SignatureLike>(signatures: readonly S[]): S[] {
  return signatures.filter((s) => !counts(s));
}

/** A plan in effect that the viewer may still co-sign as supervisor (the API decided). */
export function coSigningActivePlan(
  status: string,
  canSign: readonly SignerCapabilityLike[],
): boolean {
  return status === 'ACTIVE' && canSign.some((c) => c.signer === 'SUPERVISOR' && c.allowed);
}
