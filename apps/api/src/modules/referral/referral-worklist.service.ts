import {
  localDate,
  NO_RESPONSE_WORKLIST_DAYS,
  OPEN_REFERRAL_STATUSES,
  referralAttention,
  todayIn,
  type ReferralAttention,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { worklistConditions, type WorklistReach } from '../access/worklist-conditions.js';
import { Referral } from './referral.entity.js';

export interface ReferralWorkRow {
  referral: Referral;
  attention: ReferralAttention | null;
}

/**
 * Open referrals (and those closed as NO_RESPONSE lately) of the episodes the viewer may read,
 * each with what it needs (`referralAttention`), due first. `mine`: only the viewer's own
 * caseload (case manager or primary clinician), and only those that need something; otherwise
 * every open one of the chosen programs, for the director's figures. Each is recorded as read.
 */
export async function referralWorklist(
  scope: ClientScope,
  options: WorklistReach & { allOpen?: boolean },
  now = new Date(),
): Promise<ReferralWorkRow[]> {
  const params = new SqlParams([OPEN_REFERRAL_STATUSES, NO_RESPONSE_WORKLIST_DAYS + 1]);
  const where = worklistConditions(scope, params, options);
  const rows = await scope.db.query<(Referral & { timeZone: string; statusAt: Date })[]>(
    `SELECT ${selectColumns(scope.db, Referral, 'x')}, p.time_zone AS "timeZone",
       coalesce((SELECT max(s.changed_at) FROM referral_status_change s WHERE s.referral_id = x.id),
         x.created_at) AS "statusAt"
     FROM referral x JOIN episode e ON e.id = x.episode_id JOIN program p ON p.id = e.program_id
     WHERE (x.status = ANY($1::text[])
         OR (x.status = 'NO_RESPONSE' AND x.updated_at > now() - make_interval(days => $2)))
       AND ${where.join(' AND ')}
     ORDER BY x.due_by NULLS LAST, x.created_at, x.id`,
    params.values,
  );
  const out: ReferralWorkRow[] = [];
  for (const { timeZone, statusAt, ...referral } of rows) {
    const attention = referralAttention(
      {
        status: referral.status,
        dueBy: referral.dueBy,
        statusSince: localDate(statusAt, timeZone),
      },
      todayIn(timeZone, now),
    );
    // Open referrals that need nothing yet are listed for the director, or on request (allOpen:
    // the case manager's referrals by state); a NO_RESPONSE one only while it needs a decision.
    const listsQuiet = !options.mine || options.allOpen === true;
    if (!attention && (referral.status === 'NO_RESPONSE' || !listsQuiet)) continue;
    scope.audit.read('Referral', referral.id, referral.clientId);
    out.push({ referral, attention });
  }
  return out;
}
