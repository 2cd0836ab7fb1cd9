import { describe, expect, it } from 'vitest';
import { changeWords, historyLine, pendingNeedsReason, reasonIssue } from './status-change';

const current = { lifecycleStatus: 'ACTIVE', achievementStatus: 'IN_PROGRESS' };

describe('confirming a status change', () => {
  it('says what changes, leaving out a status chosen as it already is', () => {
    expect(changeWords(current, { lifecycleStatus: 'ON_HOLD' })).toEqual([
      'lifecycle from Active to On hold',
    ]);
    expect(
      changeWords(current, { lifecycleStatus: 'ACTIVE', achievementStatus: 'IMPROVING' }),
    ).toEqual(['achievement from In progress to Improving']);
  });

  it('asks for a reason to cancel or to mark entered in error, as the domain rule says', () => {
    expect(pendingNeedsReason({ lifecycleStatus: 'CANCELLED' })).toBe(true);
    expect(pendingNeedsReason({ lifecycleStatus: 'ENTERED_IN_ERROR' })).toBe(true);
    expect(pendingNeedsReason({ achievementStatus: 'WORSENING' })).toBe(false);
    expect(pendingNeedsReason(null)).toBe(false);
    expect(reasonIssue({ lifecycleStatus: 'CANCELLED' }, '  ')).toBe('Say why it is cancelled');
    expect(reasonIssue({ lifecycleStatus: 'CANCELLED' }, 'Moved away')).toBeNull();
    expect(reasonIssue({ lifecycleStatus: 'ON_HOLD' }, '')).toBeNull();
  });
});

describe('the status history', () => {
  it('reads each change as from → to, only for the statuses that changed', () => {
    expect(
      historyLine({
        fromLifecycleStatus: 'ACTIVE',
        toLifecycleStatus: 'CANCELLED',
        fromAchievementStatus: 'IN_PROGRESS',
        toAchievementStatus: 'NOT_ATTAINABLE',
      }),
    ).toBe('Active → Cancelled; In progress → Not attainable');
    expect(
      historyLine({
        fromLifecycleStatus: 'ACTIVE',
        toLifecycleStatus: 'ACTIVE',
        fromAchievementStatus: 'IN_PROGRESS',
        toAchievementStatus: 'IMPROVING',
      }),
    ).toBe('In progress → Improving');
  });
});
