import { describe, expect, it } from 'vitest';
import type { WorklistKind } from '../../gql/graphql';
import { groupWorklist, worklistLabel, worklistSummary, worklistUrgency } from './worklist';

const item = (kind: WorklistKind, daysUntilDue: number | null = null, client = 'c1') => ({
  kind,
  daysUntilDue,
  client: { id: client },
});

describe('what a worklist item says', () => {
  it('overdue work says by how much', () => {
    expect(worklistLabel(item('REVIEW_OVERDUE', -3))).toBe('Plan review overdue by 3 days');
    expect(worklistLabel(item('REVIEW_OVERDUE', -1))).toBe('Plan review overdue by 1 day');
    expect(worklistLabel(item('INITIAL_PLAN_OVERDUE', -2))).toBe(
      'Initial treatment plan overdue by 2 days',
    );
  });

  it('coming work says when', () => {
    expect(worklistLabel(item('INITIAL_PLAN_DUE', 2))).toBe('Initial treatment plan due in 2 days');
    expect(worklistLabel(item('INITIAL_PLAN_DUE', 1))).toBe('Initial treatment plan due tomorrow');
    expect(worklistLabel(item('REVIEW_DUE_SOON', 5))).toBe('Plan review due in 5 days');
    expect(worklistLabel(item('REVIEW_DUE_TODAY', 0))).toBe('Treatment plan due today');
  });

  it('work without a date says what it is', () => {
    expect(worklistLabel(item('PLAN_AWAITING_SIGNATURE'))).toBe('Plan awaiting signatures');
    expect(worklistLabel(item('ORIENTATION_INCOMPLETE'))).toBe('Orientation not complete');
    expect(worklistLabel(item('DRAFT_PLAN'))).toBe('Draft plan to finish');
    expect(worklistLabel(item('REVIEW_OVERDUE'))).toBe('Plan review overdue');
    expect(worklistLabel(item('SCREENING_ESCALATED'))).toBe(
      'Safety escalation at intake screening, not admitted yet',
    );
  });
});

describe('grouping by urgency', () => {
  it('every kind has a section', () => {
    expect(worklistUrgency(item('REVIEW_OVERDUE', -3))).toBe('overdue');
    expect(worklistUrgency(item('INITIAL_PLAN_OVERDUE', -1))).toBe('overdue');
    expect(worklistUrgency(item('REVIEW_DUE_TODAY', 0))).toBe('today');
    expect(worklistUrgency(item('PLAN_AWAITING_SIGNATURE'))).toBe('today');
    expect(worklistUrgency(item('REVIEW_DUE_SOON', 4))).toBe('soon');
    expect(worklistUrgency(item('INITIAL_PLAN_DUE', 6))).toBe('soon');
    expect(worklistUrgency(item('DRAFT_PLAN'))).toBe('todo');
    expect(worklistUrgency(item('ORIENTATION_INCOMPLETE'))).toBe('todo');
    expect(worklistUrgency(item('SAFETY_FOLLOW_UP'))).toBe('safety');
    expect(worklistUrgency(item('SCREENING_ESCALATED'))).toBe('safety');
  });

  it('a due date that has passed outranks the kind', () => {
    expect(worklistUrgency(item('INITIAL_PLAN_DUE', -1))).toBe('overdue');
    expect(worklistUrgency(item('INITIAL_PLAN_DUE', 0))).toBe('today');
  });

  it('inside a section the nearest due date comes first, undated work last', () => {
    const soon = groupWorklist([
      item('REVIEW_DUE_SOON', 6, 'review'),
      item('INITIAL_PLAN_DUE', 2, 'initial'),
    ]);
    expect(soon[0]?.items.map((i) => i.client.id)).toEqual(['initial', 'review']);
    const today = groupWorklist([
      item('PLAN_AWAITING_SIGNATURE', null, 'sign'),
      item('REVIEW_DUE_TODAY', 0, 'due'),
    ]);
    expect(today[0]?.items.map((i) => i.client.id)).toEqual(['due', 'sign']);
  });

  it('sections come in order, keep the API’s order for equal dates, and empty ones are left out', () => {
    const items = [
      item('REVIEW_OVERDUE', -10, 'a'),
      item('REVIEW_OVERDUE', -2, 'b'),
      item('ORIENTATION_INCOMPLETE', null, 'c'),
      item('REVIEW_DUE_SOON', 3, 'd'),
    ];
    const groups = groupWorklist(items);
    expect(groups.map((g) => g.label)).toEqual(['Overdue', 'Soon', 'To do']);
    expect(groups[0]?.items.map((i) => i.client.id)).toEqual(['a', 'b']);
    expect(groupWorklist([])).toEqual([]);
  });

  it('sums up the work and the people', () => {
    expect(worklistSummary([item('DRAFT_PLAN'), item('ORIENTATION_INCOMPLETE')])).toBe(
      '2 things to do for 1 client',
    );
  });
});
