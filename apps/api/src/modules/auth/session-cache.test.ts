import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache.js';
import type { Viewer } from './viewer.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const viewer = (staffId: string): Viewer => ({
  staffId,
  sessionId: `session-${staffId}`,
  sessionExpiresAt: new Date(0),
  programRoles: [],
});
const IDLE = 15 * MINUTE;

/** A live cache holding one session looked up at `t0`, seen `seenAgo` before it. */
function holding(seenAgo: number, expiresIn = 8 * 60 * MINUTE) {
  const cache = new SessionCache(30 * SECOND, 30 * SECOND);
  cache.setLive(true);
  cache.put(
    'k',
    { viewer: viewer('a'), lastSeenAt: -seenAgo, expiresAt: expiresIn },
    cache.generation,
    0,
  );
  return cache;
}

describe('the session cache serves only what the lookup would have answered', () => {
  it('answers from memory within its lifetime, then looks up again', () => {
    const cache = holding(0);
    expect(cache.get('k', IDLE, false, 29 * SECOND)?.staffId).toBe('a');
    expect(cache.get('k', IDLE, true, 31 * SECOND)).toBeUndefined();
  });

  it('sends a user request whose activity is due to be written to the database', () => {
    const cache = holding(20 * SECOND);
    expect(cache.get('k', IDLE, false, 5 * SECOND)).toBeDefined();
    // 30 s since the activity was written: the lookup must write it again.
    expect(holding(20 * SECOND).get('k', IDLE, false, 10 * SECOND)).toBeUndefined();
    // A background request never writes activity, so memory still answers it.
    expect(holding(20 * SECOND).get('k', IDLE, true, 10 * SECOND)).toBeDefined();
  });

  it('never past the idle limit or the session’s end', () => {
    const idle = holding(IDLE + 30 * SECOND - 5 * SECOND);
    expect(idle.get('k', IDLE, true, 4 * SECOND)).toBeDefined();
    expect(holding(IDLE + 25 * SECOND).get('k', IDLE, true, 5 * SECOND)).toBeUndefined();
    expect(holding(0, 10 * SECOND).get('k', IDLE, true, 10 * SECOND)).toBeUndefined();
  });

  it('forgets a person at once, and a lookup that began before cannot put them back', () => {
    const cache = holding(0);
    const generation = cache.generation;
    cache.heard('a');
    expect(cache.get('k', IDLE, false, 1)).toBeUndefined();
    cache.put('k', { viewer: viewer('a'), lastSeenAt: 0, expiresAt: MINUTE }, generation, 1);
    expect(cache.get('k', IDLE, false, 2)).toBeUndefined();
  });

  it('keeps nothing while its listener is down, and others’ markers evict nobody', () => {
    const cache = holding(0);
    cache.heard('settled:someone-else');
    expect(cache.get('k', IDLE, false, 1)).toBeDefined();
    cache.setLive(false);
    expect(cache.get('k', IDLE, false, 1)).toBeUndefined();
    cache.put('k', { viewer: viewer('a'), lastSeenAt: 0, expiresAt: MINUTE }, cache.generation, 1);
    expect(cache.get('k', IDLE, false, 2)).toBeUndefined();
  });
});
