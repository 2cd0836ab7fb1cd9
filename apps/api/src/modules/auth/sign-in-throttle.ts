/**
 * Progressive slow-down, then lockout, per key (an email or a client address). Pure, so the
 * numbers are easy to read and test; `throttle-store.ts` keeps the state in PostgreSQL and
 * applies `decideAttempt` under a row lock before any password is verified.
 *
 * Every attempt that gets its password checked counts as a failure when it is let through (so a
 * burst of parallel attempts cannot all pass before the first failure is written); a success
 * gives its count back afterwards.
 */
export const throttlePolicy = {
  email: { freeFailures: 3, lockAfter: 10, lockMinutes: 15 },
  address: { freeFailures: 20, lockAfter: 50, lockMinutes: 15 },
} as const;

/** A key's count starts again when its last counted attempt is older than this. */
export const FAILURE_MEMORY_MINUTES = 60;

export type ThrottleKind = keyof typeof throttlePolicy;

/** Seconds to refuse further attempts after the `failures`-th failure in a row. */
export function blockSecondsAfter(kind: ThrottleKind, failures: number): number {
  const p = throttlePolicy[kind];
  if (failures >= p.lockAfter) return p.lockMinutes * 60;
  if (failures <= p.freeFailures) return 0;
  // 2, 4, 8, … seconds, never longer than the lockout
  return Math.min(2 ** (failures - p.freeFailures), p.lockMinutes * 60);
}

/** A key's stored state as the attempt finds it (under lock). */
export interface KeyState {
  /** Counted attempts in a row; 0 when the count has expired (FAILURE_MEMORY_MINUTES). */
  failures: number;
  /** Seconds until the key accepts attempts again; 0 when it is not blocked. */
  blockedSeconds: number;
}

export type ThrottleDecision =
  | {
      allowed: true;
      /** The counts after this attempt, to store (and to give back on success). */
      failures: Record<ThrottleKind, number>;
      /** How long each key refuses further attempts after this one. */
      blockSeconds: Record<ThrottleKind, number>;
    }
  | {
      allowed: false;
      blockedBy: ThrottleKind;
      retryAfterSeconds: number;
      /** Locked out (rather than slowed down). */
      locked: boolean;
    };

/**
 * Whether an attempt may have its password checked.
 *
 * - The email (whether or not an account has it, from any address) is slowed after 3 failures
 *   and locked for 15 minutes at the 10th: the cap on guesses against one account.
 * - The address counts failures across all emails. Once it is blocked, it refuses attempts on
 *   emails that have failed recently, but a first try on an email with no recent failure is
 *   still checked. Password spraying from one address thus gets one guess per email per hour,
 *   while a colleague behind the same clinic NAT signs in with the right password.
 */
export function decideAttempt(state: Record<ThrottleKind, KeyState>): ThrottleDecision {
  const refuse = (kind: ThrottleKind): ThrottleDecision => ({
    allowed: false,
    blockedBy: kind,
    retryAfterSeconds: state[kind].blockedSeconds,
    locked: state[kind].failures >= throttlePolicy[kind].lockAfter,
  });
  if (state.email.blockedSeconds > 0) return refuse('email');
  if (state.address.blockedSeconds > 0 && state.email.failures > 0) return refuse('address');
  const failures = { email: state.email.failures + 1, address: state.address.failures + 1 };
  return {
    allowed: true,
    failures,
    blockSeconds: {
      email: blockSecondsAfter('email', failures.email),
      address: blockSecondsAfter('address', failures.address),
    },
  };
}
