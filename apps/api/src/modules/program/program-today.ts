import { todayIn, type CalendarDate } from '@waypoint/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * "Today" for a date rule (a date of birth or sobriety date not in the future, a plan date, a
 * worklist) is the date where the program is, never the server's UTC date: at 23:30 UTC it is
 * already tomorrow in Kiritimati and still today in Los Angeles.
 */

/** Where no program can be named, UTC keeps the rule deterministic. */
const NO_PROGRAM_TIME_ZONE = 'UTC';

/** Today in a program's time zone. */
export async function programToday(
  db: DataSource | EntityManager,
  programId: string,
  now: Date = new Date(),
): Promise<CalendarDate> {
  const [program] = await db.query<{ timeZone: string }[]>(
    'SELECT time_zone AS "timeZone" FROM program WHERE id = $1',
    [programId],
  );
  return todayIn(program?.timeZone ?? NO_PROGRAM_TIME_ZONE, now);
}

/** Today in the time zone of the program of a client's current (most recent) episode. */
export async function clientToday(
  db: DataSource | EntityManager,
  clientId: string,
  now: Date = new Date(),
): Promise<CalendarDate> {
  const [program] = await db.query<{ timeZone: string }[]>(
    `SELECT pr.time_zone AS "timeZone" FROM episode e JOIN program pr ON pr.id = e.program_id
     WHERE e.client_id = $1 ORDER BY e.opened_at DESC, e.id DESC LIMIT 1`,
    [clientId],
  );
  return todayIn(program?.timeZone ?? NO_PROGRAM_TIME_ZONE, now);
}
