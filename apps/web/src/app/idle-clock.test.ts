import { describe, expect, it } from 'vitest';
import {
  ActivityTracker,
  idleState,
  lastServerActivity,
  recordServerActivity,
  USER_INPUT_EVENTS,
} from './idle-clock';

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

describe('telling the user’s requests from background ones', () => {
  it('a request not marked as background always counts as activity', () => {
    const tracker = new ActivityTracker();
    expect(tracker.countsAsActivity(false)).toBe(true);
    expect(tracker.countsAsActivity(false)).toBe(true);
  });

  it('refreshes of an unattended screen never count', () => {
    const tracker = new ActivityTracker();
    expect(tracker.countsAsActivity(false)).toBe(true);
    for (let poll = 0; poll < 40; poll++) expect(tracker.countsAsActivity(true)).toBe(false);
  });

  it('a background request right after the user touched the page counts, once', () => {
    const tracker = new ActivityTracker();
    expect(tracker.countsAsActivity(true)).toBe(true); // the page was just loaded
    expect(tracker.countsAsActivity(true)).toBe(false);
    tracker.recordUserInput();
    expect(tracker.countsAsActivity(true)).toBe(true);
    expect(tracker.countsAsActivity(true)).toBe(false);
  });

  it('listens to the user’s clicks, keys, wheel and touches, and stops when asked', () => {
    const target = new EventTarget();
    const tracker = new ActivityTracker();
    const stop = tracker.listen(target);
    tracker.countsAsActivity(false);
    for (const type of USER_INPUT_EVENTS) {
      expect(tracker.countsAsActivity(true)).toBe(false);
      target.dispatchEvent(new Event(type));
      expect(tracker.countsAsActivity(true)).toBe(true);
    }
    stop();
    target.dispatchEvent(new Event('pointerdown'));
    expect(tracker.countsAsActivity(true)).toBe(false);
  });
});
