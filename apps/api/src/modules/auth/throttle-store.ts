import type { DataSource } from 'typeorm';
import {
  decideAttempt,
  FAILURE_MEMORY_MINUTES,
  type KeyState,
  type ThrottleDecision,
  type ThrottleKind,
} from './sign-in-throttle.js';

export type ThrottleKeys = Record<ThrottleKind, string>;

/**
 * Sign-in attempts and password-reset requests are counted apart (same rule, separate keys), so
 * asking for resets never locks anyone out of signing in.
 */
export function throttleKeys(
  email: string,
  address: string,
  counts: 'sign-in' | 'password-reset' = 'sign-in',
): ThrottleKeys {
  const prefix = counts === 'sign-in' ? '' : 'reset-';
  return {
    email: `${prefix}email:${email.trim().toLowerCase()}`,
    address: `${prefix}address:${address}`,
  };
}

/**
 * Decides and counts one sign-in attempt in one transaction, before its password is verified:
 * both keys' rows are locked (always in key order, so concurrent attempts cannot deadlock), read,
 * and, when the attempt is let through, counted as a failure. Parallel attempts on one email
 * queue on its row, so a burst gets exactly the checks the sequential rule allows.
 */
export async function reserveAttempt(
  ds: DataSource,
  keys: ThrottleKeys,
): Promise<ThrottleDecision> {
  const kinds = (Object.keys(keys) as ThrottleKind[]).sort((a, b) =>
    keys[a].localeCompare(keys[b]),
  );
  const ordered = kinds.map((k) => keys[k]);
  return ds.transaction(async (m) => {
    await m.query(
      `INSERT INTO sign_in_throttle (key, failures) SELECT k, 0 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO NOTHING`,
      [ordered],
    );
    const rows = await m.query<{ key: string; failures: number; blocked_seconds: number }[]>(
      `SELECT key,
         CASE WHEN last_failure_at < now() - make_interval(mins => $2) THEN 0 ELSE failures END
           AS failures,
         greatest(0, ceil(extract(epoch FROM blocked_until - now())))::int AS blocked_seconds
       FROM sign_in_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
      [ordered, FAILURE_MEMORY_MINUTES],
    );
    const state = Object.fromEntries(
      kinds.map((kind) => {
        const row = rows.find((r) => r.key === keys[kind])!;
        return [kind, { failures: row.failures, blockedSeconds: row.blocked_seconds }];
      }),
    ) as Record<ThrottleKind, KeyState>;
    const decision = decideAttempt(state);
    if (decision.allowed) {
      await m.query(
        `UPDATE sign_in_throttle t SET failures = v.failures, last_failure_at = now(),
           blocked_until = CASE WHEN v.secs > 0
             THEN greatest(t.blocked_until, now() + make_interval(secs => v.secs))
             ELSE t.blocked_until END
         FROM unnest($1::text[], $2::int[], $3::int[]) AS v(key, failures, secs)
         WHERE t.key = v.key`,
        [
          ordered,
          kinds.map((k) => decision.failures[k]),
          kinds.map((k) => decision.blockSeconds[k]),
        ],
      );
    }
    return decision;
  });
}

/**
 * The attempt counted by `reserveAttempt` was a success. The email's count starts again only if
 * no attempt was counted after this one (a success never wipes the count of a burst's later
 * guesses); the address gives back this attempt's count, since it was not a failure.
 */
export async function settleSuccess(
  ds: DataSource,
  keys: ThrottleKeys,
  counted: Record<ThrottleKind, number>,
): Promise<void> {
  await ds.query(
    `WITH email AS (DELETE FROM sign_in_throttle WHERE key = $1 AND failures = $2)
     UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = $3`,
    [keys.email, counted.email, keys.address],
  );
}
