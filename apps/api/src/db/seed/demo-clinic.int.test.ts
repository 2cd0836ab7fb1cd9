import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EpisodeStatus, StaffRole, statusesInPhase } from '@waypoint/domain';
import { createDataSource } from '../data-source.js';
import { migrate } from '../database.js';
import { buildDemoClinic, seedDemoClinic } from './demo-clinic.js';
import { DEMO_STAFF } from './demo-staff.js';

/**
 * The seed looks for "the" demo clinic in a database, so it cannot share the run's database with
 * suites that create programs of their own: each scratch database here is created on the same
 * server (the run's DATABASE_URL or its embedded PostgreSQL) and dropped afterwards.
 */
async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('databaseUrl');
  const name = `wp_seed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function openMigrated(url: string): Promise<DataSource> {
  const ds = createDataSource(url, 3);
  await ds.initialize();
  await migrate(ds);
  return ds;
}

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const [row] = await ds.query<Record<string, number>[]>(`SELECT
      (SELECT count(*) FROM program)::int AS programs,
      (SELECT count(*) FROM staff)::int AS staff,
      (SELECT count(*) FROM staff_program_role)::int AS roles,
      (SELECT count(*) FROM client)::int AS clients,
      (SELECT count(*) FROM episode)::int AS episodes`);
  return row!;
}

/** A fixed clock, so the assertions about dates are about one known "today". */
const NOW = new Date('2026-03-18T19:30:00Z');

describe('the demo clinic seed', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let a: DataSource;
  let b: DataSource;
  let results: { seeded: boolean }[];
  let seedMs: number;

  beforeAll(async () => {
    db = await scratchDatabase();
    a = await openMigrated(db.url);
    b = createDataSource(db.url, 3);
    await b.initialize();
    // Two API processes starting at the same moment, each with its own connection pool.
    const started = performance.now();
    results = await Promise.all([seedDemoClinic(a, { now: NOW }), seedDemoClinic(b, { now: NOW })]);
    seedMs = performance.now() - started;
  });

  afterAll(async () => {
    await a?.destroy();
    await b?.destroy();
    await db?.drop();
  });

  it('two API processes seeding at once build exactly one clinic', async () => {
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const counts = await rowCounts(a);
    expect(counts.programs).toBe(2);
    expect(counts.staff).toBe(DEMO_STAFF.length);
    console.info(`demo clinic seeded in ${Math.round(seedMs)} ms`, counts);
  });

  it('seeds well within two seconds', () => {
    expect(seedMs).toBeLessThan(2_000);
  });

  it('builds an adult and an adolescent program with their default settings', async () => {
    const rows = await a.query<
      { code: string; name: string; population: string; time_zone: string; hours: number }[]
    >(
      `SELECT code, name, population, time_zone, weekly_hours_target::float AS hours
       FROM program ORDER BY code`,
    );
    expect(rows).toEqual([
      {
        code: 'ADULT-IOP',
        name: 'Harbor Adult IOP',
        population: 'ADULT',
        time_zone: 'America/Los_Angeles',
        hours: 9,
      },
      {
        code: 'TEEN-IOP',
        name: 'Harbor Teen IOP',
        population: 'ADOLESCENT',
        time_zone: 'America/Los_Angeles',
        hours: 6,
      },
    ]);
  });

  it('has staff in every role, on invented example.org addresses', async () => {
    const roles = await a.query<{ role: string }[]>('SELECT DISTINCT role FROM staff_program_role');
    expect(roles.map((r) => r.role).sort()).toEqual(Object.values(StaffRole).sort());
    const staff = await a.query<{ email: string; active: boolean }[]>(
      'SELECT email, active FROM staff',
    );
    expect(staff.every((s) => /^[a-z.-]+@example\.org$/.test(s.email))).toBe(true);
    expect(staff.filter((s) => !s.active)).toHaveLength(1);
  });

  it('has about 80 clients, adolescents 13–17 and adults 19–64, with fictional contacts', async () => {
    const rows = await a.query<
      { population: string; age: number; phone: string | null; email: string | null }[]
    >(
      `SELECT p.population, date_part('year', age($1::date, c.date_of_birth))::int AS age,
              c.phone, c.email
       FROM client c
       JOIN LATERAL (SELECT program_id FROM episode e WHERE e.client_id = c.id
                     ORDER BY opened_at DESC LIMIT 1) ce ON true
       JOIN program p ON p.id = ce.program_id`,
      ['2026-03-18'],
    );
    expect(rows.length).toBeGreaterThanOrEqual(75);
    expect(rows.length).toBeLessThanOrEqual(85);
    const teens = rows.filter((r) => r.population === 'ADOLESCENT');
    expect(teens.length).toBeGreaterThanOrEqual(15);
    expect(teens.every((r) => r.age >= 13 && r.age <= 17)).toBe(true);
    const adults = rows.filter((r) => r.population === 'ADULT');
    expect(adults.every((r) => r.age >= 19 && r.age <= 64)).toBe(true);
    const [tooYoung] = await a.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM episode e
      JOIN client c ON c.id = e.client_id JOIN program p ON p.id = e.program_id
      WHERE date_part('year', age((e.opened_at AT TIME ZONE p.time_zone)::date, c.date_of_birth))
            < CASE p.population WHEN 'ADOLESCENT' THEN 13 ELSE 18 END`);
    expect(tooYoung!.n).toBe(0);
    expect(rows.every((r) => r.phone === null || /^\d{3}-555-01\d\d$/.test(r.phone))).toBe(true);
    expect(rows.every((r) => r.email === null || r.email.endsWith('@example.org'))).toBe(true);
  });

  it('puts current episodes in every lifecycle status, most of them ACTIVE', async () => {
    const rows = await a.query<{ status: EpisodeStatus; n: number }[]>(`
      SELECT ce.status, count(*)::int AS n FROM client c
      JOIN LATERAL (SELECT status FROM episode e WHERE e.client_id = c.id
                    ORDER BY opened_at DESC, id DESC LIMIT 1) ce ON true
      GROUP BY ce.status`);
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    console.info('current episodes by status', byStatus);
    for (const status of Object.values(EpisodeStatus))
      expect(byStatus[status] ?? 0).toBeGreaterThan(0);
    const top = rows.reduce((m, r) => (r.n > m.n ? r : m));
    expect(top.status).toBe('ACTIVE');
  });

  it('gives some clients an earlier closed episode, opened before their current one', async () => {
    const rows = await a.query<
      {
        statuses: string[];
        earlier_end: Date;
        current_opened: Date;
      }[]
    >(`
      SELECT client_id, array_agg(status ORDER BY opened_at) AS statuses,
             max(discharged_at) FILTER (WHERE status = 'CLOSED') AS earlier_end,
             max(opened_at) AS current_opened
      FROM episode GROUP BY client_id HAVING count(*) > 1`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.statuses[0]).toBe('CLOSED');
      expect(r.earlier_end.getTime()).toBeLessThan(r.current_opened.getTime());
    }
  });

  it('keeps dates consistent with each status and never in the future', async () => {
    const bad = await a.query<unknown[]>(
      `SELECT id, status FROM episode WHERE
         admitted_at < opened_at
         OR discharged_at < admitted_at
         OR (discharged_at IS NOT NULL AND admitted_at IS NULL)
         OR greatest(opened_at, admitted_at, discharged_at) > $1
         -- admitted exactly when at or past orientation (or transferred out of care)
         OR ((admitted_at IS NULL) <> (status = ANY($2::text[])))
         -- discharged exactly when discharged, in aftercare, closed or transferred
         OR ((discharged_at IS NOT NULL) <> (status IN ('DISCHARGED', 'FOLLOW_UP', 'CLOSED', 'TRANSFERRED')))
         -- open episodes began within the last 16 weeks
         OR (status NOT IN ('CLOSED', 'REFERRED_OUT', 'DECLINED', 'LOST_CONTACT', 'TRANSFERRED')
             AND opened_at < $1::timestamptz - interval '16 weeks')`,
      [NOW, [...statusesInPhase('PRE_ADMISSION'), 'REFERRED_OUT', 'DECLINED', 'LOST_CONTACT']],
    );
    expect(bad).toEqual([]);
    const [{ n }] = await a.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM episode
       WHERE status = 'ACTIVE' AND admitted_at < $1::timestamptz - interval '12 weeks'`,
      [NOW],
    );
    expect(n).toBeGreaterThan(0);
  });

  it('assigns clinicians only after admission, always from the episode’s own program', async () => {
    const bad = await a.query<unknown[]>(
      `SELECT e.id, e.status FROM episode e WHERE
         ((e.primary_clinician_id IS NULL) <> (e.admitted_at IS NULL))
         OR (e.primary_clinician_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM staff_program_role r WHERE r.staff_id = e.primary_clinician_id
               AND r.program_id = e.program_id AND r.role = 'CLINICIAN'))
         OR (e.case_manager_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM staff_program_role r WHERE r.staff_id = e.case_manager_id
               AND r.program_id = e.program_id AND r.role = 'CASE_MANAGER'))
         OR (e.case_manager_id IS NOT NULL AND e.admitted_at IS NULL)`,
    );
    expect(bad).toEqual([]);
    const [row] = await a.query<{ managed: number; in_care: number; sources: number }[]>(`
      SELECT count(*) FILTER (WHERE status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING')
                                AND case_manager_id IS NOT NULL)::int AS managed,
             count(*) FILTER (WHERE status IN ('ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'))::int AS in_care,
             count(DISTINCT referral_source)::int AS sources
      FROM episode`);
    expect(row!.managed / row!.in_care).toBeGreaterThan(0.6);
    expect(row!.sources).toBeGreaterThanOrEqual(7);
    // Open episodes belong to staff still working here.
    const [inactive] = await a.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM episode e JOIN staff s ON s.id = e.primary_clinician_id
      WHERE NOT s.active AND e.status <> 'CLOSED'`);
    expect(inactive!.n).toBe(0);
  });

  it('seeding again finds the clinic and changes nothing', async () => {
    const before = await rowCounts(a);
    expect(await seedDemoClinic(a)).toEqual({ seeded: false });
    expect(await rowCounts(a)).toEqual(before);
  });

  it('builds the same clinic on every run', () => {
    const shape = (now: Date) =>
      buildDemoClinic(now).clients.map((c) => [c.firstName, c.lastName, c.dateOfBirth, c.phone]);
    expect(shape(NOW)).toEqual(shape(NOW));
    const statuses = (now: Date) => buildDemoClinic(now).episodes.map((e) => e.status);
    expect(statuses(NOW)).toEqual(statuses(new Date('2027-01-05T08:00:00Z')));
  });
});

describe('a seed that fails part way', () => {
  it('leaves nothing behind', async () => {
    const db = await scratchDatabase();
    const ds = await openMigrated(db.url);
    try {
      // A staff account already holding a demo address makes the staff insert fail.
      await ds.query(
        `INSERT INTO staff (first_name, last_name, email) VALUES ('Existing', 'Person', $1)`,
        [DEMO_STAFF[1].email.toUpperCase()],
      );
      await expect(seedDemoClinic(ds)).rejects.toThrow();
      expect(await rowCounts(ds)).toMatchObject({ programs: 0, staff: 1, clients: 0, episodes: 0 });
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
