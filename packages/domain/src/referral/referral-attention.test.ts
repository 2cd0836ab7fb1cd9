import { describe, expect, it } from 'vitest';
import { referralAttention } from './referral-attention.js';

const today = '2026-03-10';

describe('what a referral needs from its case manager', () => {
  it('an open referral past its due day is overdue, even while awaiting consent', () => {
    expect(
      referralAttention({ status: 'SENT', dueBy: '2026-03-09', statusSince: '2026-03-01' }, today),
    ).toBe('OVERDUE');
    expect(
      referralAttention(
        { status: 'PENDING_CONSENT', dueBy: '2026-03-01', statusSince: '2026-02-20' },
        today,
      ),
    ).toBe('OVERDUE');
    expect(
      referralAttention({ status: 'SENT', dueBy: today, statusSince: '2026-03-01' }, today),
    ).toBeNull();
  });

  it('a scheduled one is answered, so not overdue; one awaiting consent in time is listed as such', () => {
    expect(
      referralAttention(
        { status: 'SCHEDULED', dueBy: '2026-03-01', statusSince: '2026-02-25' },
        today,
      ),
    ).toBeNull();
    expect(
      referralAttention({ status: 'PENDING_CONSENT', dueBy: null, statusSince: today }, today),
    ).toBe('AWAITING_CONSENT');
  });

  it('a NO_RESPONSE stays on the list for 14 days; other closed ones never show', () => {
    expect(
      referralAttention(
        { status: 'NO_RESPONSE', dueBy: '2026-03-01', statusSince: '2026-02-25' },
        today,
      ),
    ).toBe('NO_RESPONSE');
    expect(
      referralAttention(
        { status: 'NO_RESPONSE', dueBy: '2026-02-01', statusSince: '2026-02-24' },
        today,
      ),
    ).toBeNull();
    expect(
      referralAttention(
        { status: 'COMPLETED', dueBy: '2026-03-01', statusSince: '2026-03-05' },
        today,
      ),
    ).toBeNull();
  });
});
