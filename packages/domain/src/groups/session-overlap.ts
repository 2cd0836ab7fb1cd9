/** A span of time, half-open: a session ending at 12:00 does not clash with one starting at 12:00. */
export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

export function spansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The first booked span (earliest start) that a candidate would clash with, if any. */
export function firstClash<T extends TimeSpan>(
  candidate: TimeSpan,
  booked: readonly T[],
): T | null {
  let clash: T | null = null;
  for (const b of booked) {
    if (spansOverlap(candidate, b) && (!clash || b.startsAt < clash.startsAt)) clash = b;
  }
  return clash;
}
