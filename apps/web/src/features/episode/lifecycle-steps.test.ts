import { describe, expect, it } from 'vitest';
import {
  activeStepIndex,
  isSideExit,
  lifecycleSteps,
  type EpisodeForSteps,
  type TransitionForSteps,
} from './lifecycle-steps';

const t = (
  fromStatus: TransitionForSteps['fromStatus'],
  toStatus: TransitionForSteps['toStatus'],
  day: number,
  admissionDecision: TransitionForSteps['admissionDecision'] = null,
): TransitionForSteps => ({
  fromStatus,
  toStatus,
  occurredAt: `2026-10-${String(day).padStart(2, '0')}T16:00:00Z`,
  admissionDecision,
});

const episode = (
  status: EpisodeForSteps['status'],
  transitions: TransitionForSteps[] = [],
): EpisodeForSteps => ({ status, openedAt: '2026-10-01T16:00:00Z', transitions });

const summary = (e: EpisodeForSteps) => lifecycleSteps(e).map((s) => `${s.label}:${s.state}`);

describe('where an episode stands', () => {
  it('a new inquiry is at the first step with everything ahead', () => {
    const steps = lifecycleSteps(episode('INQUIRY'));
    expect(steps.map((s) => s.label)).toEqual([
      'Inquiry',
      'Screening',
      'Assessment',
      'Decision',
      'Orientation',
      'Active',
      'Discharge',
      'Follow-up',
    ]);
    expect(steps[0]).toMatchObject({ state: 'current', at: '2026-10-01T16:00:00Z' });
    expect(steps.slice(1).every((s) => s.state === 'upcoming' && s.at === null)).toBe(true);
    expect(activeStepIndex(steps)).toBe(0);
  });

  it('each step passed is dated by the move into it, newest move winning', () => {
    const steps = lifecycleSteps(
      episode('ASSESSMENT', [
        t('SCREENING', 'ASSESSMENT', 5),
        t('INQUIRY', 'SCREENING', 3),
        t('INQUIRY', 'SCREENING', 2),
      ]),
    );
    expect(steps.slice(0, 3).map((s) => [s.state, s.at?.slice(0, 10)])).toEqual([
      ['done', '2026-10-01'],
      ['done', '2026-10-03'],
      ['current', '2026-10-05'],
    ]);
  });

  it('an admitted client has passed the decision, which reads as "Admitted"', () => {
    const steps = lifecycleSteps(
      episode('ORIENTATION', [
        t('ASSESSMENT', 'ORIENTATION', 9, 'ADMIT'),
        t('SCREENING', 'ASSESSMENT', 5),
      ]),
    );
    expect(steps[3]).toMatchObject({ label: 'Admitted', state: 'done' });
    expect(steps[3]?.at).toBe('2026-10-09T16:00:00Z');
    expect(steps[4]).toMatchObject({ label: 'Orientation', state: 'current' });
  });

  it('a wait or a pause is shown at its step and asks for attention', () => {
    expect(lifecycleSteps(episode('WAITLISTED'))[3]).toMatchObject({
      label: 'Waitlisted',
      state: 'current',
      attention: true,
    });
    expect(lifecycleSteps(episode('ON_HOLD'))[5]).toMatchObject({
      label: 'On hold',
      attention: true,
    });
    expect(lifecycleSteps(episode('ACTIVE'))[5]).toMatchObject({
      label: 'Active',
      attention: false,
    });
  });

  it('a closed episode has completed every step', () => {
    const steps = lifecycleSteps(episode('CLOSED'));
    expect(steps.every((s) => s.state === 'done')).toBe(true);
    expect(steps.at(-1)?.label).toBe('Closed');
    expect(steps[6]?.label).toBe('Discharged');
    expect(activeStepIndex(steps)).toBe(steps.length);
  });
});

describe('side exits', () => {
  it('are final statuses other than closed', () => {
    expect(isSideExit('REFERRED_OUT')).toBe(true);
    expect(isSideExit('TRANSFERRED')).toBe(true);
    expect(isSideExit('CLOSED')).toBe(false);
    expect(isSideExit('WAITLISTED')).toBe(false);
  });

  it('stand right after the step the episode left from', () => {
    expect(
      summary(
        episode('REFERRED_OUT', [t('SCREENING', 'REFERRED_OUT', 4), t('INQUIRY', 'SCREENING', 2)]),
      ),
    ).toEqual(['Inquiry:done', 'Screening:done', 'Referred out:exit']);
  });

  it('a decision to decline stands at the decision step', () => {
    const steps = lifecycleSteps(episode('DECLINED', [t('ASSESSMENT', 'DECLINED', 8, 'DECLINE')]));
    expect(steps.map((s) => `${s.label}:${s.state}`)).toEqual([
      'Inquiry:done',
      'Screening:done',
      'Assessment:done',
      'Declined:exit',
    ]);
    expect(steps.at(-1)).toMatchObject({ key: 'DECISION', at: '2026-10-08T16:00:00Z' });
  });

  it('leaving the waitlist shows the wait, not an admission', () => {
    expect(
      summary(episode('LOST_CONTACT', [t('WAITLISTED', 'LOST_CONTACT', 20)])).slice(3),
    ).toEqual(['Waitlisted:done', 'Lost contact:exit']);
  });

  it('a transfer in treatment keeps the treatment steps behind it', () => {
    expect(summary(episode('TRANSFERRED', [t('ON_HOLD', 'TRANSFERRED', 30)])).slice(3)).toEqual([
      'Admitted:done',
      'Orientation:done',
      'On hold:done',
      'Transferred:exit',
    ]);
  });

  it('without a recorded move (old data) the exit follows the inquiry', () => {
    expect(summary(episode('LOST_CONTACT'))).toEqual(['Inquiry:done', 'Lost contact:exit']);
  });
});
