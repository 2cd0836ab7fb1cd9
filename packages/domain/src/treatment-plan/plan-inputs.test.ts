import { describe, expect, it } from 'vitest';
import {
  PLAN_TEXT_LIMITS,
  amendReasonSchema,
  fieldIssues,
  planElementSchemas,
  progressEntrySchema,
} from './plan-inputs.js';

const issues = (result: { success: boolean; error?: Parameters<typeof fieldIssues>[0] }) =>
  result.success ? [] : fieldIssues(result.error!);

describe('plan input schemas', () => {
  const schemas = planElementSchemas({ admittedOn: '2026-03-01' });

  it('trims text, turns blank optional text into null and refuses blank required text', () => {
    expect(
      schemas.PROBLEM.parse({ domain: 'HOUSING', clientWords: '  No place  ', strengths: ' ' }),
    ).toEqual({ domain: 'HOUSING', clientWords: 'No place', strengths: null });
    expect(issues(schemas.PROBLEM.safeParse({ domain: 'HOUSING', clientWords: '   ' }))).toEqual([
      { field: 'clientWords', message: 'Write the problem as the client put it' },
    ]);
  });

  it('limits lengths, naming the field', () => {
    const long = 'x'.repeat(PLAN_TEXT_LIMITS.measure + 1);
    expect(issues(schemas.OBJECTIVE.safeParse({ description: 'd', measure: long }))).toEqual([
      { field: 'measure', message: `Use at most ${PLAN_TEXT_LIMITS.measure} characters` },
    ]);
  });

  it('refuses target dates before admission and values outside the code lists', () => {
    expect(
      issues(
        schemas.GOAL.safeParse({ description: 'd', horizon: 'SOON', targetDate: '2026-02-28' }),
      ),
    ).toEqual([
      { field: 'horizon', message: 'Choose a horizon' },
      { field: 'targetDate', message: 'Cannot be before admission (2026-03-01)' },
    ]);
  });

  it('an update leaves out what is not given, clears optional fields with null, never required ones', () => {
    const update = schemas.INTERVENTION.partial();
    expect(update.parse({ description: null })).toEqual({ description: null });
    expect(update.parse({})).toEqual({});
    expect(issues(update.safeParse({ frequency: null }))[0]?.field).toBe('frequency');
  });

  it('a progress entry needs a rating 0–10 or a measure value, dated neither in the future nor before admission', () => {
    const entry = progressEntrySchema({ admittedOn: '2026-03-01', today: '2026-03-10' });
    expect(issues(entry.safeParse({ recordedOn: '2026-03-05' }))).toEqual([
      { field: 'rating', message: 'Give a rating, a measure value or both' },
    ]);
    expect(
      issues(entry.safeParse({ recordedOn: '2026-03-11', rating: 11 })).map((i) => i.field),
    ).toEqual(['recordedOn', 'rating']);
    expect(entry.parse({ recordedOn: '2026-03-05', measureValue: 2.5, note: ' ' })).toEqual({
      recordedOn: '2026-03-05',
      measureValue: 2.5,
      note: null,
    });
  });

  it('a correction or void says why', () => {
    expect(amendReasonSchema.safeParse('  ').success).toBe(false);
    expect(amendReasonSchema.parse(' typo ')).toBe('typo');
  });
});
