import { describe, expect, it } from 'vitest';
import { idleState, lastServerActivity, recordServerActivity } from './idle-clock';

const MIN = 60_000;

describe('the idle clock', () => {
  it('is quiet while the session has time left', () => {
    expect(idleState(0, 10 * MIN, 15)).toEqual({ phase: 'active', remainingMs: 5 * MIN });
  });

  it('warns in the last minute before the automatic logoff', () => {
    expect(idleState(0, 14 * MIN + 1, 15).phase).toBe('warning');
    expect(idleState(0, 14 * MIN - 1, 15).phase).toBe('active');
  });

  it('has expired once the idle timeout has passed', () => {
    expect(idleState(0, 15 * MIN, 15)).toEqual({ phase: 'expired', remainingMs: 0 });
    expect(idleState(0, 60 * MIN, 15).remainingMs).toBe(0);
  });

  it('activity in another tab (shared storage) counts for this one', () => {
    const map = new Map<string, string>();
    const shared = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    recordServerActivity(1_000, shared);
    map.set('waypoint.lastServerActivity', '5000');
    expect(lastServerActivity(shared)).toBe(5_000);
  });
});
