import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEFAULT_DUE_SOON_DAYS, addCalendarDays, mondayOf, todayIn } from '@waypoint/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { createTestProgram } from '../../testing/factories.js';
import { SqlParams } from '../access/client-scope.js';
import { programDayCte } from './program-day.sql.js';

let ds: DataSource;
beforeAll(async () => {
  ds = createDataSource(inject('databaseUrl'), 2);
  await ds.initialize();
});
afterAll(() => ds?.destroy());

/** Each program's day by the domain functions, read in Node: what the SQL must agree with. */
interface ProgramDay {
  programId: string;
  today: string;
  /** The last date that counts as DUE_SOON (reviewDueStatus: within DEFAULT_DUE_SOON_DAYS). */
  soonUntil: string;
  monday: string;
}

async function programDays(db: DataSource | EntityManager, now: Date): Promise<ProgramDay[]> {
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

/**
 * The dashboards compute each program's day inside their own statement; it must be the domain's
 * day (todayIn, addCalendarDays, mondayOf) exactly, around midnight and across weekdays.
 */
it('the SQL program day is the domain’s, in every zone, at any moment', async () => {
  for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
    await createTestProgram(ds, { timeZone });
  }
  const moments = [
    '2026-12-31T23:30:00Z',
    '2027-01-01T10:30:00Z',
    '2027-01-03T23:59:59Z', // Sunday night UTC: Monday already in the east
    '2027-01-04T00:00:00Z',
    '2027-03-14T10:30:00Z', // daylight-saving change in Los Angeles
    '2027-06-15T12:00:00Z',
  ];
  for (const at of moments) {
    const now = new Date(at);
    const params = new SqlParams();
    const rows = await ds.query<ProgramDay[]>(
      `WITH ${programDayCte(params, now)}
       SELECT program_id AS "programId", today::text AS today, soon_until::text AS "soonUntil",
         monday::text AS monday FROM program_day ORDER BY program_id`,
      params.values,
    );
    const expected = (await programDays(ds, now)).sort((a, b) =>
      a.programId < b.programId ? -1 : 1,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows, at).toEqual(expected);
  }
});
