import { describe, expect, it } from 'vitest';
import { decideEnrollment, membersToPromote, waitlistOrder } from './enrollment.js';
import { firstClash, spansOverlap } from './session-overlap.js';

const open = {
  capacity: 2,
  activeCount: 0,
  enrollmentMode: 'OPEN' as const,
  groupStartsOn: '2026-01-05',
  groupEndsOn: null,
  startsOn: '2026-02-02',
  joinWaitlist: false,
  today: '2026-02-02',
};

describe('enrollment (Rule 3: capacity and waitlist)', () => {
  it('gives a place while the group has room', () => {
    expect(decideEnrollment({ ...open, activeCount: 1 })).toEqual({ status: 'ACTIVE' });
  });

  it('a full group offers the waitlist instead of taking the client silently', () => {
    expect(decideEnrollment({ ...open, activeCount: 2 })).toMatchObject({
      refused: 'GROUP_FULL',
      field: 'joinWaitlist',
    });
    expect(decideEnrollment({ ...open, activeCount: 2, joinWaitlist: true })).toEqual({
      status: 'WAITLISTED',
    });
  });

  it('a closed group takes new members only at its start', () => {
    const closed = { ...open, enrollmentMode: 'CLOSED' as const, groupStartsOn: '2026-02-02' };
    expect(decideEnrollment(closed)).toEqual({ status: 'ACTIVE' });
    expect(decideEnrollment({ ...closed, today: '2026-02-03' })).toMatchObject({
      refused: 'CLOSED_GROUP_STARTED',
    });
    expect(decideEnrollment({ ...closed, startsOn: '2026-02-03' })).toMatchObject({
      refused: 'CLOSED_GROUP_STARTED',
      field: 'startsOn',
    });
  });

  it('refuses dates outside the group', () => {
    expect(decideEnrollment({ ...open, startsOn: '2026-01-01' })).toMatchObject({
      refused: 'BEFORE_GROUP_STARTS',
    });
    expect(decideEnrollment({ ...open, groupEndsOn: '2026-01-31' })).toMatchObject({
      refused: 'GROUP_ENDED',
    });
  });

  it('promotes the first waitlisted first, as many as places free up', () => {
    const waitlist = [
      { id: 'c', waitlistedAt: '2026-02-03T10:00:00Z' },
      { id: 'a', waitlistedAt: '2026-02-01T10:00:00Z' },
      { id: 'b', waitlistedAt: '2026-02-02T10:00:00Z' },
    ];
    expect(waitlistOrder(waitlist).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(membersToPromote(12, 11, waitlist).map((w) => w.id)).toEqual(['a']);
    expect(membersToPromote(14, 11, waitlist).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(membersToPromote(12, 12, waitlist)).toEqual([]);
  });
});

describe('double booking overlap (half-open intervals)', () => {
  const at = (h: number, m = 0) => new Date(Date.UTC(2026, 1, 2, h, m));
  it('back-to-back sessions do not clash; overlapping ones do', () => {
    const nine = { startsAt: at(9), endsAt: at(12) };
    expect(spansOverlap(nine, { startsAt: at(12), endsAt: at(13) })).toBe(false);
    expect(spansOverlap(nine, { startsAt: at(11, 30), endsAt: at(13) })).toBe(true);
    expect(spansOverlap(nine, { startsAt: at(8), endsAt: at(9) })).toBe(false);
    expect(spansOverlap(nine, { startsAt: at(10), endsAt: at(11) })).toBe(true);
  });

  it('names the earliest clashing session', () => {
    const booked = [
      { id: 'late', startsAt: at(11), endsAt: at(12) },
      { id: 'early', startsAt: at(9), endsAt: at(10) },
      { id: 'apart', startsAt: at(14), endsAt: at(15) },
    ];
    expect(firstClash({ startsAt: at(9, 30), endsAt: at(11, 30) }, booked)?.id).toBe('early');
    expect(firstClash({ startsAt: at(12), endsAt: at(14) }, booked)).toBeNull();
  });
});
