import { describe, expect, it } from 'vitest';
import {
  coSigningActivePlan,
  signatureRows,
  signaturesStillNeeded,
  voidedSignatures,
  type SignatureLike,
  type SignerCapabilityLike,
} from './signing';

const signature = (
  signer: SignatureLike['signer'],
  voidedAt: string | null = null,
): SignatureLike => ({
  signer,
  signedAt: '2026-01-05T17:00:00Z',
  signedBy: { displayName: 'Test Staff' },
  voidedAt,
});

/** As the API answers TreatmentPlan.capabilities.canSign. */
const canSign = (
  requiresSupervisor: boolean,
  allowed: Partial<Record<SignatureLike['signer'], boolean>> = {},
): SignerCapabilityLike[] =>
  (['CLIENT', 'CLINICIAN', 'SUPERVISOR'] as const).map((signer) => ({
    signer,
    required: signer !== 'SUPERVISOR' || requiresSupervisor,
    allowed: allowed[signer] ?? false,
    reason: allowed[signer] ? null : 'Not you',
  }));

describe('signature rows', () => {
  it('mark the supervisor row required or optional, as the API says', () => {
    expect(signatureRows([], canSign(false)).map((r) => [r.signer, r.required])).toEqual([
      ['CLIENT', true],
      ['CLINICIAN', true],
      ['SUPERVISOR', false],
    ]);
    expect(signatureRows([], canSign(true)).find((r) => r.signer === 'SUPERVISOR')!.required).toBe(
      true,
    );
  });

  it('carry whether the viewer may sign and why not', () => {
    const rows = signatureRows([], canSign(false, { CLINICIAN: true }));
    expect(rows.map((r) => [r.signer, r.allowed, r.reason])).toEqual([
      ['CLIENT', false, 'Not you'],
      ['CLINICIAN', true, null],
      ['SUPERVISOR', false, 'Not you'],
    ]);
  });

  it('a voided signature is not the signature of its row, and is listed apart', () => {
    const given = [signature('CLIENT', '2026-01-06T10:00:00Z'), signature('CLINICIAN')];
    const rows = signatureRows(given, canSign(false));
    expect(rows.find((r) => r.signer === 'CLIENT')!.signature).toBeNull();
    expect(voidedSignatures(given).map((s) => s.signer)).toEqual(['CLIENT']);
    expect(signaturesStillNeeded(given, canSign(false))).toEqual(['CLIENT']);
  });

  it('leave the supervisor still needed after the client and the clinician where required', () => {
    const given = [signature('CLIENT'), signature('CLINICIAN')];
    expect(signaturesStillNeeded(given, canSign(false))).toEqual([]);
    expect(signaturesStillNeeded(given, canSign(true))).toEqual(['SUPERVISOR']);
  });
});

describe('co-signing a plan in effect', () => {
  it('is offered when the API allows signing as supervisor on an ACTIVE version', () => {
    expect(coSigningActivePlan('ACTIVE', canSign(false, { SUPERVISOR: true }))).toBe(true);
    expect(coSigningActivePlan('ACTIVE', canSign(false))).toBe(false);
    expect(coSigningActivePlan('PENDING_SIGNATURE', canSign(false, { SUPERVISOR: true }))).toBe(
      false,
    );
  });
});
