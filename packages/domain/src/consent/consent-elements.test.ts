import { describe, expect, it } from 'vitest';
import {
  checkConsentElements,
  checkConsentSignature,
  type ConsentElements,
} from './consent-elements.js';
import {
  DEFAULT_REDISCLOSURE_STATEMENT,
  DEFAULT_REVOCATION_STATEMENT,
  PART2_NOTICE_ABBREVIATED,
  PART2_NOTICE_FULL,
  part2Notice,
} from './consent-notice.js';

const today = '2026-03-01';
const valid: ConsentElements = {
  disclosingParty: 'Waypoint Adult IOP',
  informationDescription: 'Dates of attendance and the reason for referral; no diagnosis or notes.',
  recipients: [{ name: 'Riverside Vocational Rehabilitation' }],
  generalDesignation: false,
  purposes: ['CARE_COORDINATION'],
  purposeDescription: 'To apply for vocational rehabilitation services.',
  revocationStatement: DEFAULT_REVOCATION_STATEMENT,
  expiresOn: '2026-09-01',
};
const fields = (e: Partial<ConsentElements>) =>
  checkConsentElements({ ...valid, ...e }, today).map((p) => p.field);

describe('§2.31 elements of a consent', () => {
  it('a consent with every element passes', () => {
    expect(checkConsentElements(valid, today)).toEqual([]);
  });
  it('each missing element is named by its field', () => {
    expect(fields({ disclosingParty: ' ' })).toEqual(['disclosingParty']);
    expect(fields({ informationDescription: 'all' })).toEqual(['informationDescription']);
    expect(fields({ recipients: [] })).toEqual(['recipients']);
    expect(fields({ recipients: [{ name: '' }] })).toEqual(['recipients.0.name']);
    expect(fields({ purposes: [] })).toEqual(['purposes']);
    expect(fields({ purposeDescription: '' })).toEqual(['purposeDescription']);
    expect(fields({ revocationStatement: '' })).toEqual(['revocationStatement']);
    expect(fields({ expiresOn: null, expiryEvent: null })).toEqual(['expiresOn']);
    expect(fields({ expiresOn: '2026-02-30' })).toEqual(['expiresOn']);
    expect(fields({ expiresOn: '2026-02-01' })).toEqual(['expiresOn']);
  });
  it('an expiry event may stand instead of a date', () => {
    expect(fields({ expiresOn: null, expiryEvent: 'when I complete the program' })).toEqual([]);
  });
  it('a covered-entity recipient needs the redisclosure statement', () => {
    const recipients = [{ name: 'County Clinic', coveredEntity: true }];
    expect(fields({ recipients })).toEqual(['redisclosureStatement']);
    expect(fields({ recipients, redisclosureStatement: DEFAULT_REDISCLOSURE_STATEMENT })).toEqual(
      [],
    );
  });
  it('the general designation: TPO only without a named recipient, never counseling notes, with the redisclosure statement', () => {
    const general = {
      recipients: [],
      generalDesignation: true,
      redisclosureStatement: DEFAULT_REDISCLOSURE_STATEMENT,
    };
    expect(fields({ ...general, purposes: ['TREATMENT', 'PAYMENT'] })).toEqual([]);
    expect(fields({ ...general, purposes: ['LEGAL'] })).toEqual(['purposes']);
    expect(fields({ ...general, purposes: ['TREATMENT'], includesCounselingNotes: true })).toEqual([
      'includesCounselingNotes',
    ]);
    expect(fields({ ...general, purposes: ['TREATMENT'], redisclosureStatement: null })).toEqual([
      'redisclosureStatement',
    ]);
  });
  it('the signature needs the client’s name and a date not in the future, and a guardian’s where required', () => {
    expect(checkConsentSignature({ signedByName: 'A', signedOn: today }, false, today)).toEqual([]);
    const f = (s: Parameters<typeof checkConsentSignature>[0], g: boolean) =>
      checkConsentSignature(s, g, today).map((p) => p.field);
    expect(f({ signedByName: '', signedOn: today }, false)).toEqual(['signedByName']);
    expect(f({ signedByName: 'A', signedOn: '2026-03-02' }, false)).toEqual(['signedOn']);
    expect(f({ signedByName: 'A', signedOn: today }, true)).toEqual(['guardianName']);
    expect(f({ signedByName: 'A', signedOn: today, guardianName: 'B' }, true)).toEqual([]);
  });
});

describe('§2.32 notice', () => {
  it('has the 2024 full wording and the abbreviated form', () => {
    expect(PART2_NOTICE_FULL).toContain('42 CFR part 2');
    expect(PART2_NOTICE_FULL).toContain('covered entity or business associate');
    expect(part2Notice('ABBREVIATED')).toBe(PART2_NOTICE_ABBREVIATED);
    expect(part2Notice('FULL')).toBe(PART2_NOTICE_FULL);
  });
});
