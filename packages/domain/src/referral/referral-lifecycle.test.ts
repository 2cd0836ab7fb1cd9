import { describe, expect, it } from 'vitest';
import {
  ReferralStatus,
  allowedReferralTransitions,
  checkReferralTransition,
  isAwaitingAnswerPastDue,
  isOpenReferral,
  referralStatusLabel,
} from './referral-lifecycle.js';

type Needs = { consent?: true; reason?: true; outcome?: true };
const endings = (from: ReferralStatus): [ReferralStatus, ReferralStatus, Needs][] => [
  [from, 'CANCELLED', { reason: true }],
  [from, 'CLIENT_DECLINED', { reason: true }],
  [from, 'NO_RESPONSE', { reason: true }],
];

/** The lifecycle written out by hand, apart from the table: any pair not here is refused. */
const expectedEdges: [ReferralStatus, ReferralStatus, Needs][] = [
  ['DRAFT', 'PENDING_CONSENT', {}],
  ['DRAFT', 'READY', { consent: true }],
  ...endings('DRAFT'),
  ['PENDING_CONSENT', 'READY', { consent: true }],
  ...endings('PENDING_CONSENT'),
  ['READY', 'SENT', { consent: true }],
  ['READY', 'PENDING_CONSENT', {}],
  ...endings('READY'),
  ['SENT', 'ACCEPTED', {}],
  ['SENT', 'REJECTED', { reason: true }],
  ...endings('SENT'),
  ['ACCEPTED', 'SCHEDULED', {}],
  ...endings('ACCEPTED'),
  ['SCHEDULED', 'COMPLETED', { outcome: true }],
  ...endings('SCHEDULED'),
];

const statuses = Object.values(ReferralStatus);
const covered = { covered: true } as const;
const full = { reason: 'r', outcome: 'o', coverage: covered };

describe('referral lifecycle', () => {
  it.each(expectedEdges)('%s → %s is allowed with what it needs', (from, to, needs) => {
    expect(checkReferralTransition({ from, to, ...full })).toEqual({ ok: true });
    if (needs.reason) {
      const r = checkReferralTransition({ from, to, ...full, reason: '  ' });
      expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', missing: ['reason'] });
    }
    if (needs.outcome) {
      const r = checkReferralTransition({ from, to, ...full, outcome: null });
      expect(r).toMatchObject({ ok: false, missing: ['outcome'] });
    }
    if (needs.consent) {
      const gaps = [{ code: 'REVOKED' as const, message: 'The client revoked this consent.' }];
      const r = checkReferralTransition({ from, to, coverage: { covered: false, gaps } });
      expect(r).toMatchObject({ ok: false, missing: ['consent'], consentGaps: gaps });
      expect(r.ok || r.message).toContain('revoked');
      expect(checkReferralTransition({ from, to })).toMatchObject({ ok: false });
    } else {
      expect(checkReferralTransition({ from, to, reason: 'r', outcome: 'o' })).toEqual({
        ok: true,
      });
    }
  });

  const refused = statuses.flatMap((from) =>
    statuses
      .filter((to) => !expectedEdges.some(([f, t]) => f === from && t === to))
      .map((to) => [from, to] as const),
  );
  it.each(refused)('%s → %s is refused as INVALID_TRANSITION naming both states', (from, to) => {
    const r = checkReferralTransition({ from, to, ...full });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', from, to });
    expect(r.ok || r.message).toContain(referralStatusLabel(from));
    expect(r.ok || r.message).toContain(referralStatusLabel(to));
  });

  it('the final statuses offer no move and the open ones all may end early', () => {
    for (const s of statuses) {
      const moves = allowedReferralTransitions(s);
      if (isOpenReferral(s)) {
        expect(moves).toEqual(
          expect.arrayContaining(['CANCELLED', 'CLIENT_DECLINED', 'NO_RESPONSE']),
        );
      } else expect(moves).toEqual([]);
    }
  });

  it('a sent referral past its due date with no answer awaits NO_RESPONSE; others do not', () => {
    expect(isAwaitingAnswerPastDue({ status: 'SENT', dueBy: '2026-03-01' }, '2026-03-02')).toBe(
      true,
    );
    expect(isAwaitingAnswerPastDue({ status: 'SENT', dueBy: '2026-03-02' }, '2026-03-02')).toBe(
      false,
    );
    expect(isAwaitingAnswerPastDue({ status: 'ACCEPTED', dueBy: '2026-03-01' }, '2026-03-09')).toBe(
      false,
    );
    expect(isAwaitingAnswerPastDue({ status: 'SENT', dueBy: null }, '2026-03-09')).toBe(false);
  });
});
