import { describe, expect, it } from 'vitest';
import { completionOutcome, completionPercent } from './referral-completion.js';
import { ReferralStatus } from './referral-lifecycle.js';

describe('referral completion', () => {
  it('completed counts for; rejected, declined and no response against; cancelled and open not at all', () => {
    const by = Object.fromEntries(
      Object.values(ReferralStatus).map((s) => [s, completionOutcome(s)]),
    );
    expect(by).toEqual({
      DRAFT: null,
      PENDING_CONSENT: null,
      READY: null,
      SENT: null,
      ACCEPTED: null,
      SCHEDULED: null,
      COMPLETED: 'COMPLETED',
      REJECTED: 'NOT_COMPLETED',
      CANCELLED: null,
      CLIENT_DECLINED: 'NOT_COMPLETED',
      NO_RESPONSE: 'NOT_COMPLETED',
    });
  });

  it('the rate is a whole percentage, and none when nothing ended', () => {
    expect(completionPercent(2, 3)).toBe(67);
    expect(completionPercent(0, 4)).toBe(0);
    expect(completionPercent(0, 0)).toBeNull();
  });
});
