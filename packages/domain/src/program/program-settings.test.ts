import { describe, expect, it } from 'vitest';
import { defaultProgramSettings, isValidTimeZone } from './program-settings.js';

describe('program settings', () => {
  it('adults target 9 hours a week and adolescents 6', () => {
    expect(defaultProgramSettings('ADULT').weeklyHoursTarget).toBe(9);
    expect(defaultProgramSettings('ADOLESCENT').weeklyHoursTarget).toBe(6);
  });

  it('plans are reviewed every 30 days and first due 7 days after admission', () => {
    const s = defaultProgramSettings('ADULT');
    expect(s.planReviewIntervalDays).toBe(30);
    expect(s.initialPlanDueDays).toBe(7);
    expect(s.asamLevel).toBe('2.1');
  });

  it('accepts IANA time zones and refuses made-up ones', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
