import { describe, expect, it } from 'vitest';
import {
  NO_EDIT_ACCESS_MESSAGE,
  REVISION_OPEN_MESSAGE,
  REVISION_PENDING_MESSAGE,
  amendProgressCapability,
  planCapabilities,
  requiredPlanSigners,
  type PlanCapabilityInput,
} from './plan-capabilities.js';
import { PLAN_NEEDS_TREATMENT_MESSAGE } from './plan-episode.js';

const clinician: PlanCapabilityInput['viewer'] = {
  staffId: 'me',
  canEditChart: true,
  programRoles: ['CLINICIAN'],
};
const caps = (
  over: Partial<PlanCapabilityInput> & { status?: PlanCapabilityInput['plan']['status'] },
) =>
  planCapabilities({
    plan: { status: over.status ?? 'DRAFT', signatures: over.plan?.signatures ?? [] },
    episodeStatus: over.episodeStatus ?? 'ACTIVE',
    viewer: over.viewer ?? clinician,
    openRevision: over.openRevision ?? null,
  });

describe('planCapabilities', () => {
  it('only a DRAFT’s content is edited, and only while the client is in treatment', () => {
    expect(caps({ status: 'DRAFT' }).edit).toEqual({ allowed: true, reason: null, code: null });
    expect(caps({ status: 'ACTIVE' }).edit).toMatchObject({
      allowed: false,
      code: 'INVALID_TRANSITION',
    });
    expect(caps({ status: 'DRAFT', episodeStatus: 'DISCHARGED' }).edit).toMatchObject({
      allowed: false,
      reason: PLAN_NEEDS_TREATMENT_MESSAGE,
    });
    for (const episodeStatus of [
      'ORIENTATION',
      'ACTIVE',
      'ON_HOLD',
      'DISCHARGE_PLANNING',
    ] as const) {
      expect(caps({ episodeStatus }).edit.allowed).toBe(true);
    }
  });

  it('without edit access nothing is allowed, and the reason says why', () => {
    const c = caps({ viewer: { ...clinician, canEditChart: false } });
    expect(c.edit).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
      reason: NO_EDIT_ACCESS_MESSAGE,
    });
    expect(c.sign.CLIENT.code).toBe('FORBIDDEN');
    expect(c.recordProgress.allowed).toBe(false);
  });

  it('signs as clinician with the clinician role, as supervisor with the director role, never both', () => {
    const pending = caps({ status: 'PENDING_SIGNATURE' });
    expect(pending.sign.CLIENT.allowed).toBe(true);
    expect(pending.sign.CLINICIAN.allowed).toBe(true);
    expect(pending.sign.SUPERVISOR).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    const both = caps({
      status: 'PENDING_SIGNATURE',
      viewer: { ...clinician, programRoles: ['CLINICIAN', 'DIRECTOR'] },
      plan: { status: 'PENDING_SIGNATURE', signatures: [{ signer: 'CLINICIAN', staffId: 'me' }] },
    });
    expect(both.sign.CLINICIAN).toMatchObject({ allowed: false, code: 'CONFLICT' });
    expect(both.sign.SUPERVISOR).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'The clinician and the supervisor must be different people',
    });
  });

  it('a director co-signs an ACTIVE version that has no supervisor signature; nothing else is signed then', () => {
    const director = { ...clinician, programRoles: ['DIRECTOR'] as const };
    const active = caps({ status: 'ACTIVE', viewer: { ...director, programRoles: ['DIRECTOR'] } });
    expect(active.sign.SUPERVISOR.allowed).toBe(true);
    expect(active.sign.CLIENT).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });
    expect(caps({ status: 'DRAFT' }).sign.CLIENT.reason).toMatch(/pending signature/);
  });

  it('a pending version is not signed once the client has left treatment', () => {
    expect(
      caps({ status: 'PENDING_SIGNATURE', episodeStatus: 'DISCHARGED' }).sign.CLIENT,
    ).toMatchObject({
      allowed: false,
      reason: PLAN_NEEDS_TREATMENT_MESSAGE,
    });
  });

  it('statuses move on the ACTIVE version while its revision is a draft, not while it is pending', () => {
    expect(caps({ status: 'ACTIVE', openRevision: { status: 'DRAFT' } }).setStatus.allowed).toBe(
      true,
    );
    expect(
      caps({ status: 'ACTIVE', openRevision: { status: 'PENDING_SIGNATURE' } }).setStatus,
    ).toMatchObject({
      allowed: false,
      reason: REVISION_PENDING_MESSAGE,
    });
    // Progress follows the goal's lineage, so it is recorded either way.
    expect(
      caps({ status: 'ACTIVE', openRevision: { status: 'PENDING_SIGNATURE' } }).recordProgress
        .allowed,
    ).toBe(true);
    expect(caps({ status: 'PENDING_SIGNATURE' }).recordProgress.allowed).toBe(false);
  });

  it('reviews the ACTIVE version; a second revision is a CONFLICT', () => {
    expect(caps({ status: 'ACTIVE' }).review.allowed).toBe(true);
    expect(caps({ status: 'ACTIVE', openRevision: { status: 'DRAFT' } }).revise).toMatchObject({
      allowed: false,
      code: 'CONFLICT',
      reason: REVISION_OPEN_MESSAGE,
    });
    expect(caps({ status: 'DRAFT' }).review.allowed).toBe(false);
  });

  it('the ACTIVE version closes by hand only once discharge is being planned', () => {
    expect(caps({ status: 'ACTIVE' }).close.allowed).toBe(false);
    expect(caps({ status: 'ACTIVE', episodeStatus: 'DISCHARGE_PLANNING' }).close.allowed).toBe(
      true,
    );
    expect(caps({ status: 'DRAFT' }).close.allowed).toBe(true);
    expect(caps({ status: 'CLOSED' }).close.allowed).toBe(false);
  });

  it('progress is amended while the client is in treatment', () => {
    expect(amendProgressCapability({ episodeStatus: 'ON_HOLD', viewer: clinician }).allowed).toBe(
      true,
    );
    expect(amendProgressCapability({ episodeStatus: 'CLOSED', viewer: clinician }).allowed).toBe(
      false,
    );
  });

  it('the program’s supervisor setting adds the supervisor to the required signers', () => {
    expect(requiredPlanSigners(false)).toEqual(['CLIENT', 'CLINICIAN']);
    expect(requiredPlanSigners(true)).toEqual(['CLIENT', 'CLINICIAN', 'SUPERVISOR']);
  });
});
