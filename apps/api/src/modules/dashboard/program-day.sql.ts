import { DEFAULT_DUE_SOON_DAYS, addCalendarDays, mondayOf, todayIn } from '@waypoint/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { SqlParams } from '../access/client-scope.js';

/**
 * "Today" for set-based reads, one per program: the domain's `todayIn` in the program's time zone
 * (never the database server's clock or UTC date), with the bounds of DUE_SOON and the Monday of
 * the program's current week. Each row of a list is compared with its own program's day.
 */
export interface ProgramDay {
  programId: string;
  today: string;
  /** The last date that counts as DUE_SOON (reviewDueStatus: within DEFAULT_DUE_SOON_DAYS). */
  soonUntil: string;
  monday: string;
}

export async function programDays(
  db: DataSource | EntityManager,
  now: Date,
): Promise<ProgramDay[]> {
  const programs = await db.query<{ id: string; timeZone: string }[]>(
    `SELECT id, time_zone AS "timeZone" FROM program`,
  );
  return programs.map((p) => {
    const today = todayIn(p.timeZone, now);
    return {
      programId: p.id,
      today,
      soonUntil: addCalendarDays(today, DEFAULT_DUE_SOON_DAYS),
      monday: mondayOf(today),
    };
  });
}

/** A CTE `program_day(program_id, today, soon_until, monday)` from the computed days. */
export function programDayCte(params: SqlParams, days: readonly ProgramDay[]): string {
  const ids = params.add(days.map((d) => d.programId));
  const today = params.add(days.map((d) => d.today));
  const soon = params.add(days.map((d) => d.soonUntil));
  const monday = params.add(days.map((d) => d.monday));
  return `program_day AS (
    SELECT * FROM unnest(${ids}::uuid[], ${today}::date[], ${soon}::date[], ${monday}::date[])
      AS d(program_id, today, soon_until, monday)
  )`;
}

/**
 * The review status (the domain's `reviewDueStatus`) of a stored due date against its program's
 * day, for filtering and counting in SQL. The bounds come from the domain; this only compares.
 */
export function reviewStatusSql(due: string, day: string): string {
  return `CASE WHEN ${due} IS NULL THEN NULL
    WHEN ${due} < ${day}.today THEN 'OVERDUE'
    WHEN ${due} = ${day}.today THEN 'DUE'
    WHEN ${due} <= ${day}.soon_until THEN 'DUE_SOON'
    ELSE 'NOT_DUE' END`;
}
