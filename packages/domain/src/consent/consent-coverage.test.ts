import { describe, expect, it } from 'vitest';
import {
  consentCoverage,
  normaliseRecipientName,
  type ConsentForCoverage,
  type DisclosureRequest,
} from './consent-coverage.js';

const tz = 'America/Los_Angeles';
const consent = (over: Partial<ConsentForCoverage> = {}): ConsentForCoverage => ({
  id: 'c1',
  status: 'ACTIVE',
  recipientNames: ['Riverside Vocational Rehabilitation'],
  generalDesignation: false,
  purposes: ['CARE_COORDINATION'],
  signedAt: '2026-03-01T17:00:00Z',
  expiresOn: '2026-12-31',
  expiryEvent: null,
  expiryEventOccurredAt: null,
  revokedAt: null,
  ...over,
});
const ask = (over: Partial<DisclosureRequest> = {}): DisclosureRequest => ({
  recipientName: 'Riverside Vocational Rehabilitation',
  purpose: 'CARE_COORDINATION',
  at: '2026-06-01T17:00:00Z',
  timeZone: tz,
  ...over,
});
const codes = (a: ReturnType<typeof consentCoverage>) =>
  a.covered ? [] : a.gaps.map((g) => g.code);

describe('consent coverage (Rule 5)', () => {
  it('an active, signed, unexpired consent naming the recipient for the purpose covers', () => {
    expect(consentCoverage([consent()], ask())).toEqual({ covered: true, consentId: 'c1' });
  });

  it('no consent at all answers NO_CONSENT and the consent to draft', () => {
    const a = consentCoverage([], ask());
    expect(codes(a)).toEqual(['NO_CONSENT']);
    expect(a.covered || a.draft).toEqual({
      recipientName: 'Riverside Vocational Rehabilitation',
      recipientResourceId: null,
      purpose: 'CARE_COORDINATION',
    });
  });

  describe('recipient', () => {
    it('is matched by name regardless of case, accents and spacing', () => {
      const c = consent({ recipientNames: ['Clínica  del Pueblo'] });
      expect(consentCoverage([c], ask({ recipientName: 'clinica del pueblo' })).covered).toBe(true);
      expect(normaliseRecipientName(' St. Mary’s  ')).toBe('st mary s');
    });
    it('is matched by the directory resource it was chosen from', () => {
      const c = consent({ recipientNames: ['Old name'], recipientResourceIds: ['r1'] });
      expect(consentCoverage([c], ask({ recipientResourceId: 'r1' })).covered).toBe(true);
    });
    it('another recipient is not covered', () => {
      expect(codes(consentCoverage([consent()], ask({ recipientName: 'County Housing' })))).toEqual(
        ['RECIPIENT'],
      );
    });
    it('the general designation covers any recipient for treatment, payment and operations only', () => {
      const c = consent({
        recipientNames: [],
        generalDesignation: true,
        purposes: ['TREATMENT', 'CARE_COORDINATION'],
      });
      expect(
        consentCoverage([c], ask({ recipientName: 'Any Clinic', purpose: 'TREATMENT' })).covered,
      ).toBe(true);
      expect(codes(consentCoverage([c], ask({ recipientName: 'Any Clinic' })))).toEqual([
        'RECIPIENT',
      ]);
    });
    it('SUD counseling notes are never covered by a general consent', () => {
      const c = consent({
        generalDesignation: true,
        purposes: ['TREATMENT'],
        includesCounselingNotes: true,
      });
      const a = consentCoverage([c], ask({ purpose: 'TREATMENT', counselingNotes: true }));
      expect(codes(a)).toEqual(['COUNSELING_NOTES']);
      const own = consent({ includesCounselingNotes: true });
      expect(consentCoverage([own], ask({ counselingNotes: true })).covered).toBe(true);
    });
  });

  it('another purpose is not covered', () => {
    expect(codes(consentCoverage([consent()], ask({ purpose: 'LEGAL' })))).toEqual(['PURPOSE']);
  });

  it('an unsigned or declined consent does not cover', () => {
    expect(
      codes(consentCoverage([consent({ status: 'PENDING_SIGNATURE', signedAt: null })], ask())),
    ).toEqual(['NOT_SIGNED']);
    expect(
      codes(consentCoverage([consent({ status: 'DECLINED', signedAt: null })], ask())),
    ).toEqual(['DECLINED']);
  });

  describe('expiry', () => {
    it('by date: covers through the last day in the program’s time zone, not after', () => {
      const c = consent({ expiresOn: '2026-06-01' });
      // 06:59 UTC on 2 June is still 1 June in Los Angeles.
      expect(consentCoverage([c], ask({ at: '2026-06-02T06:59:00Z' })).covered).toBe(true);
      expect(codes(consentCoverage([c], ask({ at: '2026-06-02T07:01:00Z' })))).toEqual(['EXPIRED']);
    });
    it('by event: covers until the event has occurred, not after', () => {
      const c = consent({
        expiresOn: null,
        expiryEvent: 'when I complete the program',
        expiryEventOccurredAt: '2026-05-15T00:00:00Z',
      });
      expect(consentCoverage([c], ask({ at: '2026-05-14T00:00:00Z' })).covered).toBe(true);
      expect(codes(consentCoverage([c], ask()))).toEqual(['EXPIRED']);
      const pending = consent({ expiresOn: null, expiryEvent: 'when I complete the program' });
      expect(consentCoverage([pending], ask()).covered).toBe(true);
    });
  });

  describe('revocation', () => {
    const revoked = consent({ status: 'REVOKED', revokedAt: '2026-05-01T12:00:00Z' });
    it('stops disclosures after it', () => {
      expect(codes(consentCoverage([revoked], ask()))).toEqual(['REVOKED']);
    });
    it('never unmakes a disclosure made before it', () => {
      expect(consentCoverage([revoked], ask({ at: '2026-04-30T12:00:00Z' })).covered).toBe(true);
    });
  });

  it('any one covering consent is enough; otherwise the closest one says what is missing', () => {
    const other = consent({ id: 'c2', recipientNames: ['County Housing'], purposes: ['LEGAL'] });
    const revoked = consent({ id: 'c3', status: 'REVOKED', revokedAt: '2026-05-01T12:00:00Z' });
    expect(consentCoverage([other, consent({ id: 'c4' })], ask())).toEqual({
      covered: true,
      consentId: 'c4',
    });
    const a = consentCoverage([other, revoked], ask());
    expect(a.covered || a.gaps).toEqual([
      expect.objectContaining({ code: 'REVOKED', consentId: 'c3' }),
    ]);
  });
});
