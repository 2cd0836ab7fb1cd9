import { describe, expect, it } from 'vitest';
import { isIntakeOutcome, outcomeHeadline, type IntakeOutcome } from './intake-outcome';

const admitted: IntakeOutcome = {
  clientId: 'c-1',
  clientName: 'Marguerite Okafor-Lind',
  programName: 'Harbor Adult IOP',
  status: 'ORIENTATION',
  clinicianName: 'Jonah Whitfield, LCSW',
  decision: 'ADMIT',
  rationale: 'Evening groups fit her work schedule.',
  reason: null,
};

describe('the confirmation after intake hands a client on', () => {
  it('is recognised from the navigation state, and nothing else is', () => {
    expect(isIntakeOutcome(admitted)).toBe(true);
    expect(isIntakeOutcome(null)).toBe(false);
    expect(isIntakeOutcome({ ...admitted, status: 'PARTY' })).toBe(false);
    expect(isIntakeOutcome({ ...admitted, decision: 'MAYBE' })).toBe(false);
    expect(isIntakeOutcome({ ...admitted, clinicianName: undefined })).toBe(false);
  });

  it('an admission names the program and the clinician who takes the client on', () => {
    expect(outcomeHeadline(admitted)).toEqual({
      title: 'Marguerite Okafor-Lind is admitted',
      description:
        'Orientation to Harbor Adult IOP begins with Jonah Whitfield, LCSW, the primary clinician.',
    });
  });

  it('an inquiry that ended says how', () => {
    expect(outcomeHeadline({ ...admitted, status: 'REFERRED_OUT', decision: null }).title).toBe(
      'Marguerite Okafor-Lind: referred out',
    );
  });
});
