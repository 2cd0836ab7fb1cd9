import { describe, expect, it } from 'vitest';
import { nextStep, workFor, workPath } from './next-step.js';

describe('the next step of a chart', () => {
  it('a newly active client with no plan is offered starting the treatment plan', () => {
    expect(nextStep([{ kind: 'INITIAL_PLAN_DUE', daysUntilDue: 7 }])).toMatchObject({
      action: 'Start treatment plan',
      place: { screen: 'PLAN', section: 'PLAN' },
    });
  });

  it('follows the most urgent item: an overdue review before a draft or orientation', () => {
    expect(
      nextStep([
        { kind: 'ORIENTATION_INCOMPLETE' },
        { kind: 'DRAFT_PLAN' },
        { kind: 'REVIEW_OVERDUE', daysUntilDue: -3 },
      ]),
    ).toMatchObject({ kind: 'REVIEW_OVERDUE', action: 'Review plan' });
    expect(nextStep([{ kind: 'ORIENTATION_INCOMPLETE' }])).toMatchObject({
      action: 'Complete orientation',
      place: { screen: 'CHART', section: 'ORIENTATION' },
    });
  });

  it('continues a draft rather than starting a second plan', () => {
    expect(
      nextStep([{ kind: 'DRAFT_PLAN' }, { kind: 'INITIAL_PLAN_OVERDUE', daysUntilDue: -1 }]),
    ).toMatchObject({ kind: 'INITIAL_PLAN_OVERDUE', action: 'Finish treatment plan' });
  });

  it('puts an escalated intake screening first after a safety follow-up, and opens the screening', () => {
    expect(
      nextStep([{ kind: 'MEASURE_DUE', daysUntilDue: -2 }, { kind: 'SCREENING_ESCALATED' }]),
    ).toMatchObject({ kind: 'SCREENING_ESCALATED', action: 'Review safety escalation' });
    expect(nextStep([{ kind: 'SCREENING_ESCALATED' }, { kind: 'SAFETY_FOLLOW_UP' }])?.kind).toBe(
      'SAFETY_FOLLOW_UP',
    );
    expect(workPath('c1', workFor('SCREENING_ESCALATED').place)).toBe(
      '/clients/c1#intake-screening',
    );
  });

  it('offers nothing when nothing is due (the lifecycle move is then the main action)', () => {
    expect(nextStep([])).toBeNull();
  });
});

describe('where work is done', () => {
  it('opens the exact screen and section', () => {
    expect(workPath('c 1', workFor('PLAN_AWAITING_SIGNATURE').place)).toBe(
      '/clients/c%201/plan#plan-signing',
    );
    expect(workPath('c1', workFor('REVIEW_DUE_SOON').place)).toBe('/clients/c1/plan#plan-review');
    expect(workPath('c1', workFor('ORIENTATION_INCOMPLETE').place)).toBe('/clients/c1#orientation');
  });
});
