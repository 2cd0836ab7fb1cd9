import { describe, expect, it } from 'vitest';
import { PLANNED_DISCHARGE_TYPES, type DischargeType } from '../episode/discharge.js';
import {
  dischargeMoveProblems,
  dischargeProblems,
  type AftercarePlanDraft,
} from './discharge-requirements.js';

const plan: AftercarePlanDraft = {
  triggers: ['Payday Fridays with my old crew'],
  copingSteps: ['Call my sponsor before I cash the cheque'],
  crisisPlan: 'Call 988 or my sister; go to the crisis centre on Elm St.',
  crisisContacts: [{ name: 'Sister (Rosa)', phone: '555-0101' }],
  mutualSupportMeetings: ['SMART Recovery, Tuesdays 18:00'],
  medicationContinuity: 'Buprenorphine continues with Dr. Okafor',
  referralIds: [],
};
const attempt = {
  attemptedAt: '2026-03-02T15:00:00Z',
  method: 'PHONE' as const,
  note: 'Voicemail left',
};
const fields = (type: DischargeType, extra: object) =>
  dischargeProblems({
    type,
    reason: 'Reason given',
    aftercarePlan: null,
    scheduledFollowUps: 0,
    attemptedContact: null,
    ...extra,
  }).map((p) => p.field);

describe('Rule 6: what each discharge type needs', () => {
  it.each(['COMPLETED', 'STEP_DOWN', 'STEP_UP'] as const)(
    '%s needs an aftercare plan and scheduled follow-up contacts',
    (type) => {
      expect(fields(type, {})).toEqual(['aftercarePlan', 'followUpCadence']);
      expect(fields(type, { aftercarePlan: plan })).toEqual(['followUpCadence']);
      expect(fields(type, { scheduledFollowUps: 13 })).toEqual(['aftercarePlan']);
      expect(fields(type, { aftercarePlan: plan, scheduledFollowUps: 13 })).toEqual([]);
    },
  );

  it.each(['AMA', 'LOST_CONTACT', 'ADMINISTRATIVE'] as const)(
    '%s needs only the reason and an attempted-contact record',
    (type) => {
      expect(fields(type, {})).toEqual(['attemptedContact']);
      expect(fields(type, { attemptedContact: { ...attempt, note: ' ' } })).toEqual([
        'attemptedContact.note',
      ]);
      expect(fields(type, { attemptedContact: attempt })).toEqual([]);
      expect(fields(type, { attemptedContact: attempt, reason: '' })).toEqual(['reason']);
    },
  );

  it('every type planned in discharge planning is judged by one of the two rules', () => {
    for (const type of PLANNED_DISCHARGE_TYPES) {
      expect(fields(type, { reason: '' })).toContain('reason');
    }
  });

  it('an aftercare plan names triggers, coping steps, a crisis plan and a reachable contact', () => {
    const empty = {
      ...plan,
      triggers: [' '],
      copingSteps: [],
      crisisPlan: '',
      crisisContacts: [{ name: 'Rosa', phone: '' }],
    };
    expect(fields('COMPLETED', { aftercarePlan: empty, scheduledFollowUps: 1 })).toEqual([
      'aftercarePlan.triggers',
      'aftercarePlan.copingSteps',
      'aftercarePlan.crisisPlan',
      'aftercarePlan.crisisContacts',
    ]);
  });
});

describe('Rule 6 on the move to DISCHARGED', () => {
  it('a move with no discharge written is refused, naming what the type needs', () => {
    expect(dischargeMoveProblems('COMPLETED', 'Goals met', null).map((p) => p.field)).toEqual([
      'aftercarePlan',
    ]);
    expect(dischargeMoveProblems('AMA', 'Walked out', null).map((p) => p.field)).toEqual([
      'attemptedContact',
    ]);
  });

  it('a discharge on file is judged as the form judges it', () => {
    const onFile = { aftercarePlan: plan, attemptedContact: null, scheduledFollowUps: 0 };
    expect(dischargeMoveProblems('STEP_DOWN', 'x', onFile).map((p) => p.field)).toEqual([
      'followUpCadence',
    ]);
    expect(dischargeMoveProblems('STEP_DOWN', 'x', { ...onFile, scheduledFollowUps: 6 })).toEqual(
      [],
    );
    const left = { aftercarePlan: null, attemptedContact: attempt, scheduledFollowUps: 0 };
    expect(dischargeMoveProblems('LOST_CONTACT', 'No answer in 3 weeks', left)).toEqual([]);
  });
});
