import { ORIENTATION_ITEMS } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  apiTransitionErrors,
  checkMove,
  emptyTransitionValues,
  refusalOf,
  refusedMove,
  toTransitionInput,
  type TransitionValues,
} from './transition-form';

const values = (over: Partial<TransitionValues> = {}): TransitionValues => ({
  ...emptyTransitionValues,
  ...over,
});

describe('checking a move before it is sent (the domain’s rules)', () => {
  it('a plain move needs nothing more', () => {
    expect(
      checkMove({ from: 'INQUIRY', to: 'SCREENING', decisionMove: false }, values()),
    ).toBeNull();
  });

  it('a side exit needs a reason, and blank is not one', () => {
    const r = checkMove(
      { from: 'SCREENING', to: 'REFERRED_OUT', decisionMove: false },
      values({ reason: '   ' }),
    );
    expect(Object.keys(r?.fields ?? {})).toEqual(['reason']);
    expect(
      checkMove(
        { from: 'SCREENING', to: 'REFERRED_OUT', decisionMove: false },
        values({ reason: 'Needs residential detox first' }),
      ),
    ).toBeNull();
  });

  it('ending treatment needs a discharge type the move allows, and a reason; both are sent', () => {
    const amA = { from: 'ACTIVE', to: 'DISCHARGED', decisionMove: false } as const;
    const none = checkMove(amA, values());
    expect(Object.keys(none?.fields ?? {}).sort()).toEqual(['dischargeType', 'reason']);
    const planned = checkMove(amA, values({ reason: 'Done', dischargeType: 'COMPLETED' }));
    expect(Object.keys(planned?.fields ?? {})).toEqual(['dischargeType']);
    const ok = values({ reason: ' Walked out ', dischargeType: 'AMA' });
    expect(checkMove(amA, ok)).toBeNull();
    expect(toTransitionInput({ id: 'e', version: 3 }, 'DISCHARGED', ok, false)).toEqual({
      episodeId: 'e',
      version: 3,
      to: 'DISCHARGED',
      reason: 'Walked out',
      dischargeType: 'AMA',
    });
  });

  it('an admission decision needs the decision, a rationale, and to admit a clinician', () => {
    const admit = { from: 'ASSESSMENT', to: 'ORIENTATION', decisionMove: true } as const;
    expect(Object.keys(checkMove(admit, values())?.fields ?? {}).sort()).toEqual([
      'decision',
      'primaryClinicianId',
    ]);
    expect(Object.keys(checkMove(admit, values({ decision: 'ADMIT' }))?.fields ?? {})).toEqual([
      'rationale',
      'primaryClinicianId',
    ]);
    expect(
      checkMove(
        admit,
        values({ decision: 'ADMIT', rationale: 'Good fit', primaryClinicianId: 's-1' }),
      ),
    ).toBeNull();
  });

  it('a decision that does not lead where the form would send it is refused', () => {
    const r = checkMove(
      { from: 'ASSESSMENT', to: 'WAITLISTED', decisionMove: true },
      values({ decision: 'ADMIT', rationale: 'x' }),
    );
    expect(r?.fields.decision).toBeDefined();
  });

  it('waitlisting needs a rationale but no clinician', () => {
    expect(
      checkMove(
        { from: 'ASSESSMENT', to: 'WAITLISTED', decisionMove: true },
        values({ decision: 'WAITLIST', rationale: 'No place until next month' }),
      ),
    ).toBeNull();
  });

  it('treatment starts only once every orientation item is done', () => {
    const move = { from: 'ORIENTATION', to: 'ACTIVE', decisionMove: false } as const;
    const allButOne = Object.fromEntries(ORIENTATION_ITEMS.slice(1).map((i) => [i.key, 'x']));
    expect(checkMove({ ...move, orientationDone: allButOne }, values())?.orientation).toEqual([
      ORIENTATION_ITEMS[0].label,
    ]);
    const all = { ...allButOne, [ORIENTATION_ITEMS[0].key]: 'x' };
    expect(checkMove({ ...move, orientationDone: all }, values())).toBeNull();
  });

  it('texts are kept within what the API stores', () => {
    expect(
      checkMove(
        { from: 'ACTIVE', to: 'ON_HOLD', decisionMove: false },
        values({ reason: 'x'.repeat(2001) }),
      )?.fields.reason,
    ).toMatch(/at most 2,000/);
  });

  it('a move the lifecycle does not have is refused without naming a field', () => {
    expect(checkMove({ from: 'DECLINED', to: 'ACTIVE', decisionMove: false }, values())).toEqual({
      fields: {},
      orientation: [],
      other: true,
    });
  });
});

describe('what is sent', () => {
  it('only what the move takes, trimmed', () => {
    expect(
      toTransitionInput(
        { id: 'e', version: 3 },
        'SCREENING',
        values({ reason: '  ', decision: 'ADMIT', primaryClinicianId: 's' }),
        false,
      ),
    ).toEqual({ episodeId: 'e', version: 3, to: 'SCREENING' });
  });

  it('an admission carries the decision, its rationale and the clinician', () => {
    expect(
      toTransitionInput(
        { id: 'e', version: 4 },
        'ORIENTATION',
        values({ decision: 'ADMIT', rationale: ' Fits the schedule ', primaryClinicianId: 's-2' }),
        true,
      ),
    ).toEqual({
      episodeId: 'e',
      version: 4,
      to: 'ORIENTATION',
      admissionDecision: { decision: 'ADMIT', rationale: 'Fits the schedule' },
      primaryClinicianId: 's-2',
    });
  });
});

describe('the API’s refusals', () => {
  it('missing input paths become field errors and orientation items', () => {
    const r = refusalOf(['admissionDecision.rationale', 'reason', 'orientation.CONFIDENTIALITY']);
    expect(Object.keys(r.fields).sort()).toEqual(['rationale', 'reason']);
    expect(r.orientation).toEqual(['Confidentiality and consent to share (42 CFR Part 2)']);
    expect(r.other).toBe(false);
  });

  it('INVALID_TRANSITION names both states in words', () => {
    const m = refusedMove({ from: 'INQUIRY', to: 'ACTIVE', missing: [] });
    expect(m.title).toBe('Cannot move from Inquiry to Active');
    expect(m.refusal.other).toBe(true);
  });

  it('a refusal with unreadable extensions still explains itself', () => {
    expect(refusedMove({ from: 42, missing: 'reason' }).title).toMatch(/not possible/);
  });
});

describe('the API’s field problems on a move', () => {
  it('are shown against the dialog’s own fields, in the API’s words', () => {
    const r = apiTransitionErrors({
      primaryClinicianId: 'Must be an active clinician of this program',
      'admissionDecision.rationale': 'Must be shorter than or equal to 4000 characters',
    });
    expect(r.fields).toEqual({
      primaryClinicianId: 'Must be an active clinician of this program',
      rationale: 'Must be shorter than or equal to 4000 characters',
    });
    expect(r.other).toBe(false);
  });

  it('a problem with no field of its own is still reported', () => {
    expect(apiTransitionErrors({ version: 'must not be less than 1' }).other).toBe(true);
    expect(apiTransitionErrors({}).other).toBe(true);
  });
});
