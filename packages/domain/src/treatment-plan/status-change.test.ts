import { describe, expect, it } from 'vitest';
import { fieldIssues } from './plan-inputs.js';
import { statusChangeNeedsReason, statusChangeSchema } from './status-change.js';

const issuesOf = (value: unknown) => {
  const result = statusChangeSchema.safeParse(value);
  return result.success ? [] : fieldIssues(result.error);
};

describe('a status change', () => {
  it('needs a reason to cancel or to mark entered in error, and names the reason field', () => {
    expect(issuesOf({ lifecycleStatus: 'CANCELLED' })).toEqual([
      { field: 'reason', message: 'Say why it is cancelled' },
    ]);
    expect(issuesOf({ lifecycleStatus: 'ENTERED_IN_ERROR', reason: '   ' })).toEqual([
      { field: 'reason', message: 'Say why it is entered in error' },
    ]);
  });

  it('takes a reason for those, trimmed', () => {
    expect(
      statusChangeSchema.parse({ lifecycleStatus: 'CANCELLED', reason: '  client moved away ' }),
    ).toEqual({ lifecycleStatus: 'CANCELLED', reason: 'client moved away' });
  });

  it('needs no reason for other statuses; a blank one is none', () => {
    expect(statusChangeSchema.parse({ lifecycleStatus: 'ON_HOLD', reason: ' ' })).toEqual({
      lifecycleStatus: 'ON_HOLD',
      reason: null,
    });
    expect(issuesOf({ achievementStatus: 'IMPROVING' })).toEqual([]);
  });

  it('changes at least one status', () => {
    expect(issuesOf({ reason: 'why' })).toEqual([
      { field: 'lifecycleStatus', message: 'Give a lifecycle or an achievement status' },
    ]);
  });

  it('refuses an unknown status and an over-long reason', () => {
    expect(issuesOf({ lifecycleStatus: 'GONE' }).map((i) => i.field)).toEqual(['lifecycleStatus']);
    expect(
      issuesOf({ lifecycleStatus: 'CANCELLED', reason: 'x'.repeat(501) }).map((i) => i.field),
    ).toEqual(['reason']);
  });

  it('knows which lifecycle statuses need a reason', () => {
    expect(statusChangeNeedsReason('CANCELLED')).toBe(true);
    expect(statusChangeNeedsReason('ENTERED_IN_ERROR')).toBe(true);
    expect(statusChangeNeedsReason('COMPLETED')).toBe(false);
    expect(statusChangeNeedsReason(null)).toBe(false);
  });
});
