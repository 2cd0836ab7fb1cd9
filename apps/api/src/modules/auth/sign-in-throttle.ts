/**
 * Progressive slow-down, then lockout, per key (an email or a client address). Pure, so the
 * numbers are easy to read and test; the service stores the state in PostgreSQL.
 */
export const throttlePolicy = {
  email: { freeFailures: 3, lockAfter: 10, lockMinutes: 15 },
  address: { freeFailures: 20, lockAfter: 50, lockMinutes: 15 },
} as const;

export type ThrottleKind = keyof typeof throttlePolicy;

/** Seconds to refuse further attempts after the `failures`-th failure in a row. */
export function blockSecondsAfter(kind: ThrottleKind, failures: number): number {
  const p = throttlePolicy[kind];
  if (failures >= p.lockAfter) return p.lockMinutes * 60;
  if (failures <= p.freeFailures) return 0;
  // 2, 4, 8, … seconds, never longer than the lockout
  return Math.min(2 ** (failures - p.freeFailures), p.lockMinutes * 60);
}
