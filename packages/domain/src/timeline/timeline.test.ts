import { describe, expect, it } from 'vitest';
import { describeTimelineFact } from './timeline.js';

describe('describeTimelineFact', () => {
  it('names the group attended and the time, and flags an unexcused absence', () => {
    expect(
      describeTimelineFact({
        event: 'ATTENDANCE',
        sessionKind: 'GROUP',
        groupName: 'Relapse prevention',
        status: 'LATE',
        minutes: 150,
      }),
    ).toEqual({ title: 'Group: Relapse prevention', detail: 'Late · 2 h 30 min', alert: false });
    expect(
      describeTimelineFact({
        event: 'ATTENDANCE',
        sessionKind: 'GROUP',
        groupName: 'Relapse prevention',
        status: 'ABSENT_UNEXCUSED',
        minutes: 0,
      }),
    ).toEqual({ title: 'Group: Relapse prevention', detail: 'Absent (unexcused)', alert: true });
  });

  it('reads a note by format and session, an overdue draft as an alert, an amendment by reason', () => {
    expect(
      describeTimelineFact({
        event: 'NOTE_WRITTEN',
        format: 'DAP',
        sessionKind: 'GROUP',
        status: 'PENDING_COSIGN',
        overdue: false,
      }),
    ).toEqual({
      title: 'DAP note · group session',
      detail: 'Signed, awaiting co-signature',
      alert: false,
    });
    expect(
      describeTimelineFact({
        event: 'NOTE_WRITTEN',
        format: 'SOAP',
        sessionKind: 'INDIVIDUAL',
        status: 'DRAFT',
        overdue: true,
      }),
    ).toMatchObject({ detail: 'Draft, past its due time', alert: true });
    expect(describeTimelineFact({ event: 'NOTE_AMENDED', reason: 'Wrong date' })).toEqual({
      title: 'Note amended',
      detail: 'Wrong date',
      alert: false,
    });
  });

  it('reads a booked session by kind, a no-show as an alert', () => {
    expect(
      describeTimelineFact({
        event: 'BOOKED_SESSION',
        sessionKind: 'FAMILY',
        status: 'NO_SHOW',
        minutes: 50,
      }),
    ).toEqual({ title: 'Family session', detail: 'No show · 50 min', alert: true });
  });

  it('gives a measure its score and band, an incomplete one no total, a safety flag as alert', () => {
    expect(
      describeTimelineFact({
        event: 'MEASURE',
        instrument: 'PHQ9',
        total: 14,
        band: 'MODERATE',
        flagged: true,
      }),
    ).toMatchObject({ title: 'PHQ-9', detail: '14 · Moderate · safety flag', alert: true });
    expect(
      describeTimelineFact({
        event: 'MEASURE',
        instrument: 'GAD7',
        total: null,
        band: null,
        flagged: false,
      }),
    ).toMatchObject({ detail: 'Incomplete (not scored)', alert: false });
  });

  it('lists the positives of a screen; only an unexpected one is an alert', () => {
    const screen = {
      event: 'DRUG_SCREEN',
      method: 'POINT_OF_CARE_CUP',
      positives: ['BUPRENORPHINE'],
    } as const;
    expect(
      describeTimelineFact({ ...screen, status: 'EXPECTED_POSITIVE', unexpected: false }),
    ).toMatchObject({ title: 'Drug screen (point-of-care cup)', alert: false });
    expect(
      describeTimelineFact({ ...screen, status: 'UNEXPECTED_POSITIVE', unexpected: true }).alert,
    ).toBe(true);
  });

  it('reads plan and lifecycle moves', () => {
    expect(describeTimelineFact({ event: 'PLAN_ACTIVATED', versionNumber: 2 }).title).toBe(
      'Plan version 2 signed',
    );
    expect(
      describeTimelineFact({
        event: 'PLAN_REVIEWED',
        versionNumber: 1,
        outcome: 'CONTINUED',
        note: 'Attending well',
      }).detail,
    ).toBe('Continued · Attending well');
    expect(
      describeTimelineFact({ event: 'EPISODE_MOVED', from: null, to: 'INQUIRY', reason: null })
        .title,
    ).toBe('Inquiry');
    expect(
      describeTimelineFact({
        event: 'REFERRAL_MOVED',
        recipient: 'County Vocational Rehab',
        to: 'NO_RESPONSE',
        reason: null,
      }),
    ).toMatchObject({ alert: true });
  });
});
