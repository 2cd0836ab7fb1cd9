import { describe, expect, it } from 'vitest';
import {
  assessScreening,
  emptyScreening,
  emptySubstance,
  screeningFormValues,
  screeningInput,
} from './screening-form';

const context = { today: '2026-12-05', dateOfBirth: '1988-03-02' };
const answeredNo = () => {
  const v = emptyScreening();
  for (const k of Object.keys(v.safety) as (keyof typeof v.safety)[]) v.safety[k] = false;
  return v;
};

describe('the screening form', () => {
  it('shows the escalation as soon as a safety answer is yes', () => {
    const v = answeredNo();
    v.safety.medicalEmergency = true;
    const a = assessScreening(v, context);
    expect(a.urgency).toBe('EMERGENT');
    expect(a.escalation?.steps[0]).toBe('CALL_911');
    expect(a.problems.escalationNote).toBe('Record what was advised and who was told');
  });

  it('names each empty choice of a substance row by its position', () => {
    const v = answeredNo();
    v.reasonsForCall = ['SEEKING_TREATMENT'];
    v.substances = [{ ...emptySubstance(), substance: 'ALCOHOL' }];
    const { problems } = assessScreening(v, context);
    expect(Object.keys(problems)).toEqual([
      'substances[0].route',
      'substances[0].frequency',
      'substances[0].lastUseOn',
    ]);
  });

  it('an age that is not a number is refused, not dropped', () => {
    const v = answeredNo();
    v.reasonsForCall = ['SEEKING_TREATMENT'];
    v.substances = [
      {
        substance: 'CANNABIS',
        otherSubstance: '',
        route: 'SMOKED',
        frequency: 'WEEKLY',
        lastUseOn: '2026-12-01',
        ageAtFirstUse: 'fifteen',
      },
    ];
    expect(Object.keys(assessScreening(v, context).problems)).toEqual([
      'substances[0].ageAtFirstUse',
    ]);
  });

  it('round-trips a stored screening, keeping only a raised urgency', () => {
    const stored = {
      reasonsForCall: ['FAMILY_CONCERN' as const],
      substances: [
        {
          substance: 'FENTANYL' as const,
          route: 'SMOKED' as const,
          frequency: 'DAILY' as const,
          lastUseOn: '2026-12-03',
          ageAtFirstUse: 24,
        },
      ],
      safety: { ...answeredNo().safety, withdrawalRisk: true } as Record<string, boolean>,
      urgency: 'URGENT' as const,
      notes: 'Mother called.',
    };
    const v = screeningFormValues(stored);
    expect(v.urgency).toBe('');
    expect(v.substances[0]?.ageAtFirstUse).toBe('24');
    expect(screeningInput(v).substances[0]?.ageAtFirstUse).toBe(24);
  });

  it('an older screening opens with its note and every question unanswered', () => {
    const v = screeningFormValues({ reasonsForCall: [], substances: [], notes: 'Old note' });
    expect(v.notes).toBe('Old note');
    expect(Object.values(v.safety).every((a) => a === null)).toBe(true);
  });
});
