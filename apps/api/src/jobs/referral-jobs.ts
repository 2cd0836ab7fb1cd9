import type { ScheduledJob } from './job-runner.js';

/** A TypeORM data source or manager, or a pg client wrapped to answer rows. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<T>;
}

/**
 * Sent referrals whose due date (a calendar day in the program's time zone) has passed without
 * an answer move to NO_RESPONSE, each with its status change and an audit event by the system.
 * One statement: a referral already moved (by staff, or by another runner at the same moment)
 * no longer matches `status = 'SENT'`, so it is moved exactly once.
 */
export async function moveOverdueReferrals(db: Queryable): Promise<number> {
  const rows = await db.query<{ id: string }[]>(
    `WITH moved AS (
       UPDATE referral r SET status = 'NO_RESPONSE', version = r.version + 1, updated_at = now(),
         closed_reason = 'No answer by the due date'
       FROM episode e JOIN program p ON p.id = e.program_id
       WHERE e.id = r.episode_id AND r.status = 'SENT' AND r.due_by IS NOT NULL
         AND r.due_by < (now() AT TIME ZONE p.time_zone)::date
       RETURNING r.id, r.episode_id, r.client_id
     ), history AS (
       INSERT INTO referral_status_change (referral_id, episode_id, from_status, to_status, reason)
       SELECT id, episode_id, 'SENT', 'NO_RESPONSE', 'No answer by the due date' FROM moved
     ), audited AS (
       INSERT INTO audit_event (action, record_type, record_id, client_id, outcome, request_id, note)
       SELECT 'UPDATE', 'Referral', id, client_id, 'SUCCESS', 'job:referrals_no_response',
         'No answer by the due date' FROM moved
     )
     SELECT id FROM moved`,
  );
  return rows.length;
}

/** Consents past their expiry date become EXPIRED (idempotent, as above). */
export async function expireConsents(db: Queryable): Promise<number> {
  const rows = await db.query<{ id: string }[]>(
    `WITH expired AS (
       UPDATE consent c SET status = 'EXPIRED', version = c.version + 1, updated_at = now()
       FROM episode e JOIN program p ON p.id = e.program_id
       WHERE e.id = c.episode_id AND c.status = 'ACTIVE' AND c.expires_on IS NOT NULL
         AND c.expires_on < (now() AT TIME ZONE p.time_zone)::date
       RETURNING c.id, c.client_id
     ), audited AS (
       INSERT INTO audit_event (action, record_type, record_id, client_id, outcome, request_id, note)
       SELECT 'UPDATE', 'Consent', id, client_id, 'SUCCESS', 'job:consents_expire',
         'Past its expiry date' FROM expired
     )
     SELECT id FROM expired`,
  );
  return rows.length;
}

export const rowsOf = (client: {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown }>;
}): Queryable => ({
  query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T,
});

/** The jobs of referrals and consents, run every 15 minutes on the runner's own connection. */
export const referralJobs: ScheduledJob[] = [
  {
    name: 'referrals_no_response',
    schedule: '*/15 * * * *',
    task: async (_payload, helpers) => {
      const moved = await helpers.withPgClient(async (client) =>
        moveOverdueReferrals(rowsOf(client)),
      );
      helpers.logger.info(`moved ${moved} overdue referral(s) to NO_RESPONSE`);
    },
  },
  {
    name: 'consents_expire',
    schedule: '*/15 * * * *',
    task: async (_payload, helpers) => {
      const expired = await helpers.withPgClient(async (client) => expireConsents(rowsOf(client)));
      helpers.logger.info(`expired ${expired} consent(s)`);
    },
  },
];
