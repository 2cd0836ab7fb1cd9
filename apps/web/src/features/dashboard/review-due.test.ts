import { describe, expect, it } from 'vitest';
import { reviewReasonLabel, reviewStatusColor, reviewStatusLabel, todayIn } from './review-due';

describe('plan review status in a drill-down', () => {
  it('uses the domain’s words and a colour per urgency', () => {
    expect(reviewStatusLabel('OVERDUE')).toBe('Overdue');
    expect(reviewStatusLabel('DUE')).toBe('Due today');
    expect(reviewStatusColor('OVERDUE')).toBe('red');
    expect(reviewStatusColor('DUE_SOON')).not.toBe(reviewStatusColor('OVERDUE'));
  });

  it('names why a review is due, and leaves an unknown reason unsaid', () => {
    expect(reviewReasonLabel('INTERVAL')).toBe('Routine review');
    expect(reviewReasonLabel('INITIAL_PLAN')).toBe('Initial plan');
    expect(reviewReasonLabel('LEVEL_OF_CARE_CHANGE')).toBe('Level-of-care change');
    expect(reviewReasonLabel('SOMETHING_NEW')).toBeNull();
    expect(reviewReasonLabel(null)).toBeNull();
  });

  it('today is the program’s calendar day', () => {
    const lateEvening = new Date('2026-10-12T03:00:00Z');
    expect(todayIn('America/Los_Angeles', lateEvening)).toBe('2026-10-11');
    expect(todayIn('Europe/Berlin', lateEvening)).toBe('2026-10-12');
    expect(todayIn('Mars/Olympus_Mons', lateEvening)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
