import { CONSENT_EXPIRY_WORKLIST_DAYS, consentDaysLeft, todayIn } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { worklistConditions, type WorklistReach } from '../access/worklist-conditions.js';
import { Consent } from './consent.entity.js';

export interface ExpiringConsentRow {
  consent: Consent;
  daysLeft: number;
}

/**
 * ACTIVE consents lapsing within `CONSENT_EXPIRY_WORKLIST_DAYS` (by their expiry date, in the
 * program's time zone) on the episodes the viewer may read, soonest first: the case manager asks
 * the client to renew before a referral stops being sendable. `mine`: only the viewer's caseload
 * (case manager or primary clinician). Each is recorded as read.
 */
export async function consentsExpiring(
  scope: ClientScope,
  options: WorklistReach,
  now = new Date(),
): Promise<ExpiringConsentRow[]> {
  const params = new SqlParams([CONSENT_EXPIRY_WORKLIST_DAYS]);
  const where = worklistConditions(scope, params, options);
  // The SQL narrows to the window; the domain rule decides (and counts the days) per consent.
  const rows = await scope.db.query<(Consent & { timeZone: string })[]>(
    `SELECT ${selectColumns(scope.db, Consent, 'x')}, p.time_zone AS "timeZone"
     FROM consent x JOIN episode e ON e.id = x.episode_id JOIN program p ON p.id = e.program_id
     WHERE x.status = 'ACTIVE' AND x.expires_on IS NOT NULL
       AND x.expires_on BETWEEN (now() AT TIME ZONE p.time_zone)::date
         AND (now() AT TIME ZONE p.time_zone)::date + $1::int
       AND ${where.join(' AND ')}
     ORDER BY x.expires_on, x.created_at, x.id`,
    params.values,
  );
  const out: ExpiringConsentRow[] = [];
  for (const { timeZone, ...consent } of rows) {
    const daysLeft = consentDaysLeft(consent, todayIn(timeZone, now));
    if (daysLeft === null) continue;
    scope.audit.read('Consent', consent.id, consent.clientId);
    out.push({ consent, daysLeft });
  }
  return out;
}
