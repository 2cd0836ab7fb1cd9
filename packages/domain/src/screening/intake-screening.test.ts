import { describe, expect, it } from 'vitest';
import {
  checkIntakeScreening,
  derivedUrgency,
  effectiveUrgency,
  mayEditScreeningIn,
  screeningEscalation,
  screeningFieldPath,
  SAFETY_QUESTIONS,
  type SafetyAnswers,
} from './intake-screening.js';

const allNo = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.key, false])) as Required<
  Record<keyof SafetyAnswers, boolean>
>;
const context = { today: '2026-12-05', dateOfBirth: '1990-06-01' };
const alcohol = {
  substance: 'ALCOHOL',
  route: 'ORAL',
  frequency: 'DAILY',
  lastUseOn: '2026-12-04',
  ageAtFirstUse: 16,
};
const valid = {
  reasonsForCall: ['SEEKING_TREATMENT'],
  substances: [alcohol],
  safety: allNo,
};

describe('the urgency rule', () => {
  it('is routine when every safety answer is no', () => {
    expect(screeningEscalation(allNo)).toBeNull();
    expect(derivedUrgency(allNo)).toBe('ROUTINE');
  });

  it('a plan or intent is emergent: 911, 988 and the supervisor now', () => {
    const e = screeningEscalation({ ...allNo, suicidalIdeation: true, suicidePlanOrIntent: true });
    expect(e).toEqual({
      urgency: 'EMERGENT',
      positive: ['suicidalIdeation', 'suicidePlanOrIntent'],
      steps: ['CALL_911', 'CONNECT_988', 'NOTIFY_SUPERVISOR_NOW', 'SAME_DAY_RISK_ASSESSMENT'],
    });
  });

  it('a medical emergency is emergent', () => {
    expect(derivedUrgency({ ...allNo, medicalEmergency: true })).toBe('EMERGENT');
  });

  it('withdrawal risk is urgent and refers to withdrawal management before IOP', () => {
    const e = screeningEscalation({ ...allNo, withdrawalRisk: true });
    expect(e?.urgency).toBe('URGENT');
    expect(e?.steps).toContain('WITHDRAWAL_MANAGEMENT');
  });

  it('answers not yet given escalate nothing', () => {
    expect(screeningEscalation({ suicidalIdeation: null })).toBeNull();
  });

  it('the screener may raise the urgency but never lower it below the answers', () => {
    expect(effectiveUrgency(allNo, 'URGENT')).toBe('URGENT');
    expect(effectiveUrgency({ ...allNo, medicalEmergency: true }, 'ROUTINE')).toBe('EMERGENT');
    expect(effectiveUrgency(allNo, null)).toBe('ROUTINE');
  });
});

describe('checking a screening', () => {
  it('accepts a complete screening and trims text', () => {
    const r = checkIntakeScreening({ ...valid, notes: '  calm, motivated  ' }, context);
    expect(r.ok && r.values.notes).toBe('calm, motivated');
  });

  it('names list fields with their position: substances[1].lastUseOn', () => {
    const r = checkIntakeScreening(
      {
        ...valid,
        substances: [alcohol, { ...alcohol, substance: 'FENTANYL', lastUseOn: '2026-12-09' }],
      },
      context,
    );
    expect(r).toEqual({
      ok: false,
      issues: [{ field: 'substances[1].lastUseOn', message: 'Last use cannot be in the future' }],
    });
  });

  it('requires a reason, every safety answer, and a name for another substance', () => {
    const r = checkIntakeScreening(
      {
        reasonsForCall: [],
        substances: [{ ...alcohol, substance: 'OTHER' }],
        safety: { ...allNo, pregnant: null },
      },
      context,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual([
      'reasonsForCall',
      'substances[0].otherSubstance',
      'safety.pregnant',
    ]);
  });

  it('refuses a substance listed twice, a first use older than the client, a last use before birth', () => {
    const r = checkIntakeScreening(
      {
        ...valid,
        substances: [alcohol, { ...alcohol, ageAtFirstUse: 40, lastUseOn: '1980-01-01' }],
      },
      context,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual([
      'substances[1].lastUseOn',
      'substances[1].ageAtFirstUse',
      'substances[1].substance',
    ]);
  });

  it('an escalated screening needs a record of what was advised, and no lower urgency', () => {
    const r = checkIntakeScreening(
      { ...valid, safety: { ...allNo, suicidePlanOrIntent: true }, urgency: 'URGENT' },
      context,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['urgency', 'escalationNote']);
  });

  it('another reason must be said in words', () => {
    const r = checkIntakeScreening({ ...valid, reasonsForCall: ['OTHER'] }, context);
    expect(r.ok ? [] : r.issues).toEqual([
      { field: 'reasonNote', message: 'Say what the other reason is' },
    ]);
  });
});

describe('around the screening', () => {
  it('formats paths with list positions in brackets', () => {
    expect(screeningFieldPath(['substances', 2, 'route'])).toBe('substances[2].route');
    expect(screeningFieldPath(['safety', 'pregnant'])).toBe('safety.pregnant');
  });

  it('is edited before admission only', () => {
    expect(mayEditScreeningIn('SCREENING')).toBe(true);
    expect(mayEditScreeningIn('WAITLISTED')).toBe(true);
    expect(mayEditScreeningIn('ACTIVE')).toBe(false);
  });
});
