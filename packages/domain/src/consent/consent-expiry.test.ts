import { describe, expect, it } from 'vitest';
import { CONSENT_EXPIRY_WORKLIST_DAYS, consentDaysLeft } from './consent-expiry.js';

const today = '2026-03-10';

describe('consents lapsing soon', () => {
  it('an active consent counts its days left through its last day, within 30 days', () => {
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: today }, today)).toBe(0);
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: '2026-03-11' }, today)).toBe(1);
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: '2026-04-09' }, today)).toBe(
      CONSENT_EXPIRY_WORKLIST_DAYS,
    );
  });

  it('one lapsing later, already past, ending by an event, or not active is not listed', () => {
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: '2026-04-10' }, today)).toBeNull();
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: '2026-03-09' }, today)).toBeNull();
    expect(consentDaysLeft({ status: 'ACTIVE', expiresOn: null }, today)).toBeNull();
    expect(consentDaysLeft({ status: 'REVOKED', expiresOn: '2026-03-20' }, today)).toBeNull();
    expect(
      consentDaysLeft({ status: 'PENDING_SIGNATURE', expiresOn: '2026-03-20' }, today),
    ).toBeNull();
  });
});
