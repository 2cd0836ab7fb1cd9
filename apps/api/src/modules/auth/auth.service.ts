import type { DataSource } from 'typeorm';
import { DomainError } from '../../graphql/errors.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { verifyPassword } from './password.js';
import { blockSecondsAfter, type ThrottleKind } from './sign-in-throttle.js';

const WRONG = 'Email or password is incorrect';

/**
 * Checks a sign-in attempt against the throttle, then the password. The answer is the same for
 * an unknown email and a wrong password, and takes as long.
 */
export async function authenticate(
  ds: DataSource,
  audit: AuditTrail,
  attempt: { email: string; password: string; address: string },
): Promise<string> {
  const keys: Record<ThrottleKind, string> = {
    email: `email:${attempt.email.trim().toLowerCase()}`,
    address: `address:${attempt.address}`,
  };
  const [blocked] = await ds.query<{ seconds: number }[]>(
    `SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS seconds
     FROM sign_in_throttle WHERE key = ANY($1) AND blocked_until > now() HAVING count(*) > 0`,
    [Object.values(keys)],
  );
  if (blocked) {
    throw new DomainError(
      'UNAUTHENTICATED',
      `Too many attempts. Try again in ${blocked.seconds} seconds.`,
      {
        retryAfterSeconds: blocked.seconds,
      },
    );
  }
  const [staff] = await ds.query<{ id: string; password_hash: string | null }[]>(
    `SELECT id, password_hash FROM staff WHERE lower(email) = lower($1) AND active`,
    [attempt.email.trim()],
  );
  if (await verifyPassword(staff?.password_hash, attempt.password)) {
    await ds.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [keys.email]);
    return staff!.id;
  }
  await recordFailure(ds, keys);
  await audit.write({
    action: 'SIGN_IN',
    recordType: 'Staff',
    recordId: staff?.id ?? null,
    clientId: null,
    outcome: 'DENIED',
    actorStaffId: staff?.id ?? null,
  });
  throw new DomainError('UNAUTHENTICATED', WRONG);
}

async function recordFailure(ds: DataSource, keys: Record<ThrottleKind, string>): Promise<void> {
  for (const kind of Object.keys(keys) as ThrottleKind[]) {
    // A failure long after the last one starts the count again.
    const [row] = await ds.query<{ failures: number }[]>(
      `INSERT INTO sign_in_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < now() - interval '1 hour' THEN 1 ELSE t.failures + 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [keys[kind]],
    );
    const seconds = blockSecondsAfter(kind, row!.failures);
    if (seconds > 0) {
      await ds.query(
        `UPDATE sign_in_throttle SET blocked_until = now() + make_interval(secs => $2) WHERE key = $1`,
        [keys[kind], seconds],
      );
    }
  }
}
