import type { EntityManager } from 'typeorm';

export interface ScaleGroups {
  groups: number;
  enrollments: number;
  sessions: number;
  attendance: number;
  ms: number;
}

// The topics of a track's second to fourth hour, in turn (the first hour is a process group).
const TOPICS = [
  'RELAPSE_PREVENTION',
  'LIFE_SKILLS',
  'MOOD_MANAGEMENT',
  'COMMUNICATION',
  'TWELVE_STEP',
  'SELF_HELP',
];

/**
 * The scale clinic's service delivery, set-based, inside buildScaleClinic's transaction (it reads
 * its temp tables scale_program and scale_clinician, and must run before the review clocks are
 * computed: unexcused absences pull reviews forward). The program runs "tracks" of ten clients
 * in treatment: four one-hour groups back to back (a process group, then three psychoeducational
 * ones), three days a week, morning or evening, Mon/Wed/Fri or Tue/Thu/Sat: twelve hours a week
 * (within ASAM 2.1's 9–19), so most clients reach the 9-hour target despite some absences, and
 * each facilitator runs one track per time block (never double-booked). Every
 * admitted episode, current or past, is enrolled in its track's groups for its stay; sessions run
 * from a year back to four weeks ahead (held before now, scheduled after), and each held session
 * has an attendance row per member enrolled that day, mostly present.
 */
/** Runs an INSERT and answers how many rows it wrote (without sending them back). */
async function inserted(tx: EntityManager, insert: string, params: unknown[] = []) {
  const [{ n }] = await tx.query<[{ n: number }]>(
    `WITH written AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM written`,
    params,
  );
  return n;
}

export async function addScaleGroups(
  tx: EntityManager,
  programIds: readonly string[],
  directorId: string,
): Promise<ScaleGroups> {
  const started = performance.now();
  // Each admitted episode's stay in local dates; k numbers current and past stays apart, so
  // current clients spread evenly over the tracks (no group above its capacity of twelve).
  await tx.query(
    `CREATE TEMP TABLE scale_stay ON COMMIT DROP AS
     SELECT e.id AS episode_id, e.client_id, e.program_id, e.discharged_at IS NULL AS current,
       (e.admitted_at AT TIME ZONE p.time_zone)::date AS from_day,
       (e.discharged_at AT TIME ZONE p.time_zone)::date AS to_day,
       row_number() OVER (PARTITION BY e.program_id, e.discharged_at IS NULL ORDER BY e.id) - 1 AS k
     FROM episode e JOIN program p ON p.id = e.program_id
     WHERE e.program_id = ANY($1::uuid[]) AND e.admitted_at IS NOT NULL`,
    [programIds],
  );
  await tx.query(
    `CREATE TEMP TABLE scale_group ON COMMIT DROP AS
     WITH tracks AS (
       SELECT sp.id AS program_id, sp.idx, pr.time_zone,
         greatest(1, ceil(count(s.*) FILTER (WHERE s.current) / 10.0))::int AS n
       FROM scale_program sp JOIN program pr ON pr.id = sp.id
       LEFT JOIN scale_stay s ON s.program_id = sp.id GROUP BY sp.id, sp.idx, pr.time_zone),
     clinicians AS (
       SELECT program_idx, array_agg(id ORDER BY slot) AS ids FROM scale_clinician GROUP BY program_idx)
     SELECT gen_random_uuid() AS id, t.program_id, t.time_zone, tr AS track, t.n AS tracks, hour,
       CASE WHEN tr % 2 = 0 THEN '{1,3,5}'::smallint[] ELSE '{2,4,6}'::smallint[] END AS weekdays,
       make_time(CASE WHEN tr % 4 < 2 THEN 9 ELSE 17 END + hour, 0, 0) AS start_time,
       make_time(CASE WHEN tr % 4 < 2 THEN 10 ELSE 18 END + hour, 0, 0) AS end_time,
       CASE WHEN hour = 0 THEN 'PROCESS' ELSE 'PSYCHOEDUCATIONAL' END AS format,
       CASE WHEN hour = 0 THEN 'OTHER' ELSE ($1::text[])[1 + (2 * tr + hour) % cardinality($1::text[])] END AS topic,
       c.ids[1 + (tr / 4) % cardinality(c.ids)] AS facilitator_id
     FROM tracks t JOIN clinicians c ON c.program_idx = t.idx
     CROSS JOIN generate_series(0, t.n - 1) tr CROSS JOIN generate_series(0, 3) hour`,
    [TOPICS],
  );
  const groups = await inserted(
    tx,
    `INSERT INTO therapy_group (id, program_id, name, format, topic, capacity, location, enrollment_mode,
       starts_on, weekdays, start_time, end_time, created_by_staff_id, updated_by_staff_id)
     SELECT g.id, g.program_id,
       initcap(replace(CASE WHEN g.format = 'PROCESS' THEN 'process group' ELSE g.topic END, '_', ' '))
         || ' · track ' || (g.track + 1),
       g.format, g.topic, 12, 'Group room ' || (1 + g.track % 6), 'OPEN',
       (now() - interval '370 days')::date, g.weekdays, g.start_time, g.end_time, $1, $1
     FROM scale_group g`,
    [directorId],
  );
  await tx.query(
    `INSERT INTO group_facilitator (group_id, staff_id) SELECT id, facilitator_id FROM scale_group`,
  );
  const enrollments = await inserted(
    tx,
    `INSERT INTO group_enrollment (group_id, client_id, episode_id, status, starts_on, ends_on,
       created_by_staff_id, updated_by_staff_id)
     SELECT g.id, s.client_id, s.episode_id, CASE WHEN s.current THEN 'ACTIVE' ELSE 'COMPLETED' END,
       s.from_day, CASE WHEN NOT s.current THEN greatest(s.to_day, s.from_day) END, $1, $1
     FROM scale_stay s JOIN scale_group g ON g.program_id = s.program_id AND g.track = s.k % g.tracks`,
    [directorId],
  );
  // Every meeting date from the groups' start to four weeks ahead, at the local wall-clock time
  // (AT TIME ZONE keeps it across daylight-saving changes).
  await tx.query(
    `CREATE TEMP TABLE scale_session ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, g.id AS group_id, g.program_id, g.facilitator_id, d::date AS on_date,
       (d::date + g.start_time) AT TIME ZONE g.time_zone AS starts_at,
       (d::date + g.end_time) AT TIME ZONE g.time_zone AS ends_at
     FROM scale_group g
     CROSS JOIN generate_series((now() - interval '370 days')::date,
                                (now() AT TIME ZONE g.time_zone)::date + 27, interval '1 day') d
     WHERE extract(isodow FROM d)::smallint = ANY(g.weekdays)`,
  );
  const sessions = await inserted(
    tx,
    `INSERT INTO clinical_session (id, program_id, kind, group_id, occurrence_date, starts_at, ends_at,
       status, modality, location, created_by_staff_id, updated_by_staff_id)
     SELECT s.id, s.program_id, 'GROUP', s.group_id, s.on_date, s.starts_at, s.ends_at,
       CASE WHEN s.ends_at < now() THEN 'HELD' ELSE 'SCHEDULED' END, 'IN_PERSON', g.location, $1, $1
     FROM scale_session s JOIN therapy_group g ON g.id = s.group_id`,
    [directorId],
  );
  await tx.query(
    `INSERT INTO clinical_session_staff (session_id, staff_id) SELECT id, facilitator_id FROM scale_session`,
  );
  // Attendance of each held session: 85 % present, a few late or leaving early, the rest absent
  // (excused more often than not). random() sits in a subquery's select list: once per row.
  const attendance = await inserted(
    tx,
    `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, absence_reason,
         recorded_by_id, recorded_at)
       SELECT q.id, q.episode_id, q.client_id, st.status,
         CASE st.status WHEN 'PRESENT' THEN 60 WHEN 'LATE' THEN 45 WHEN 'LEFT_EARLY' THEN 40 ELSE 0 END,
         CASE WHEN st.status LIKE 'ABSENT%' THEN (ARRAY['Unwell', 'Work shift', 'No transport', 'Family matter'])[1 + floor(q.r * 1000)::int % 4] END,
         q.facilitator_id, q.ends_at
       FROM (
         SELECT s.id, s.facilitator_id, s.ends_at, en.episode_id, en.client_id, random() AS r
         FROM scale_session s
         JOIN group_enrollment en ON en.group_id = s.group_id
           AND s.on_date >= en.starts_on AND (en.ends_on IS NULL OR s.on_date <= en.ends_on)
         WHERE s.ends_at < now()
       ) q
       CROSS JOIN LATERAL (SELECT CASE WHEN q.r < 0.85 THEN 'PRESENT' WHEN q.r < 0.89 THEN 'LATE'
         WHEN q.r < 0.91 THEN 'LEFT_EARLY' WHEN q.r < 0.97 THEN 'ABSENT_EXCUSED'
         ELSE 'ABSENT_UNEXCUSED' END AS status) st`,
  );
  return {
    groups,
    enrollments,
    sessions,
    attendance,
    ms: Math.round(performance.now() - started),
  };
}
