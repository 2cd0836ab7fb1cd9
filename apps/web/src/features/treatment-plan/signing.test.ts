import { describe, expect, it } from 'vitest';
import {
  canCoSignActivePlan,
  requiredSigners,
  signatureRows,
  signaturesStillNeeded,
  type SignatureLike,
} from './signing';

const signature = (signer: SignatureLike['signer']): SignatureLike => ({
  signer,
  signedAt: '2026-01-05T17:00:00Z',
  signedBy: { displayName: 'Test Staff' },
});

describe('required signatures', () => {
  it('are the client and the clinician, and the supervisor when the program requires it', () => {
    expect(requiredSigners(false)).toEqual(['CLIENT', 'CLINICIAN']);
    expect(requiredSigners(true)).toEqual(['CLIENT', 'CLINICIAN', 'SUPERVISOR']);
  });

  it('mark the supervisor row required or optional', () => {
    const optional = signatureRows([], requiredSigners(false));
    expect(optional.map((r) => [r.signer, r.required])).toEqual([
      ['CLIENT', true],
      ['CLINICIAN', true],
      ['SUPERVISOR', false],
    ]);
    const required = signatureRows([], requiredSigners(true));
    expect(required.find((r) => r.signer === 'SUPERVISOR')!.required).toBe(true);
  });

  it('leave the supervisor still needed after the client and the clinician where required', () => {
    const given = [signature('CLIENT'), signature('CLINICIAN')];
    expect(signaturesStillNeeded(given, requiredSigners(false))).toEqual([]);
    expect(signaturesStillNeeded(given, requiredSigners(true))).toEqual(['SUPERVISOR']);
    expect(signaturesStillNeeded([], requiredSigners(true))).toEqual([
      'CLIENT',
      'CLINICIAN',
      'SUPERVISOR',
    ]);
  });
});

describe('co-signing a plan in effect', () => {
  const active = { status: 'ACTIVE', signatures: [signature('CLIENT'), signature('CLINICIAN')] };

  it('is offered to a director who may edit, while the plan has no supervisor’s signature', () => {
    expect(canCoSignActivePlan(active, { supervisor: true }, true)).toBe(true);
    expect(canCoSignActivePlan(active, { supervisor: false }, true)).toBe(false);
    expect(canCoSignActivePlan(active, { supervisor: true }, false)).toBe(false);
    const cosigned = { ...active, signatures: [...active.signatures, signature('SUPERVISOR')] };
    expect(canCoSignActivePlan(cosigned, { supervisor: true }, true)).toBe(false);
    expect(
      canCoSignActivePlan({ ...active, status: 'SUPERSEDED' }, { supervisor: true }, true),
    ).toBe(false);
  });
});
