import type { CalendarDate } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { Disclosure } from './disclosure.entity.js';

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

function checkPeriod(period: Period) {
  if (period.from > period.to) {
    throw new BadUserInputError([{ field: 'to', message: 'The period ends before it starts.' }]);
  }
}

/**
 * The accounting of disclosures: those made with consent in the period (calendar days in each
 * episode's program), newest first, each checked against its own episode and recorded as read.
 * `clientId` for one client (the list printed for a client who asks); `programId` for a
 * director's view of the program.
 */
export async function listDisclosures(
  scope: ClientScope,
  where: { clientId: string } | { programId: string },
  period: Period,
): Promise<Disclosure[]> {
  checkPeriod(period);
  if ('clientId' in where) await scope.require('READ_CHART', where.clientId);
  else await scope.requireProgram('READ_AUDIT_TRAIL', where.programId);
  const params = new SqlParams([
    'clientId' in where ? where.clientId : where.programId,
    period.from,
    period.to,
  ]);
  const condition = scope.episodeCondition('READ_CHART', params, 'e');
  const rows = await scope.db.query<Disclosure[]>(
    `SELECT ${selectColumns(scope.db, Disclosure, 'x')} FROM disclosure x
     JOIN episode e ON e.id = x.episode_id JOIN program p ON p.id = x.program_id
     WHERE x.${'clientId' in where ? 'client_id' : 'program_id'} = $1
       AND (x.disclosed_at AT TIME ZONE p.time_zone)::date BETWEEN $2::date AND $3::date
       AND ${condition}
     ORDER BY x.disclosed_at DESC, x.id`,
    params.values,
  );
  for (const d of rows) scope.audit.read('Disclosure', d.id, d.clientId);
  return rows;
}
