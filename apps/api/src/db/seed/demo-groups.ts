import type { EntityManager } from 'typeorm';
import {
  addCalendarDays,
  localDate,
  mondayOf,
  type EnrollmentMode,
  type GroupFormat,
  type GroupTopic,
} from '@waypoint/domain';
import { reconcileGroupSessions } from '../../modules/group/session-generation.js';
import { DEMO_TIME_ZONE, type DemoProgramCode } from './demo-staff.js';

interface DemoGroup {
  name: string;
  format: GroupFormat;
  topic: GroupTopic;
  capacity: number;
  weekdays: number[];
  startTime: string;
  endTime: string;
  location: string | null;
  telehealthUrl?: string;
  enrollmentMode?: EnrollmentMode;
  /** How many facilitators (clinicians of the program, round robin). */
  facilitators: 1 | 2;
  /** Which clients in treatment it takes, in admission order: [from, to) of the list. */
  takes: [number, number];
}

/**
 * A real weekly timetable: a day track (Mon/Wed/Fri mornings, 9 hours a week) and an evening track
 * for clients who work, a weekly process group, and family evenings. Relapse Prevention and the
 * teen skills group are full with a waitlist.
 */
const DEMO_GROUPS: Record<DemoProgramCode, DemoGroup[]> = {
  'ADULT-IOP': [
    {
      name: 'Relapse Prevention (day)',
      format: 'PSYCHOEDUCATIONAL',
      topic: 'RELAPSE_PREVENTION',
      capacity: 12,
      weekdays: [1, 3, 5],
      startTime: '09:00',
      endTime: '12:00',
      location: 'Group room A',
      facilitators: 2,
      takes: [0, 15],
    },
    {
      name: 'Evening IOP: Life Skills',
      format: 'PSYCHOEDUCATIONAL',
      topic: 'LIFE_SKILLS',
      capacity: 12,
      weekdays: [1, 2, 4],
      startTime: '18:00',
      endTime: '21:00',
      location: 'Group room B',
      facilitators: 1,
      takes: [15, 40],
    },
    {
      name: 'Process Group',
      format: 'PROCESS',
      topic: 'OTHER',
      capacity: 10,
      weekdays: [2],
      startTime: '13:00',
      endTime: '14:30',
      location: 'Group room A',
      facilitators: 1,
      takes: [0, 11],
    },
    {
      name: 'Mood Management (telehealth)',
      format: 'PSYCHOEDUCATIONAL',
      topic: 'MOOD_MANAGEMENT',
      capacity: 8,
      weekdays: [4],
      startTime: '12:30',
      endTime: '14:00',
      location: null,
      telehealthUrl: 'https://telehealth.example.org/harbor-mood',
      facilitators: 1,
      takes: [4, 10],
    },
  ],
  'TEEN-IOP': [
    {
      name: 'Teen Coping Skills',
      format: 'PSYCHOEDUCATIONAL',
      topic: 'LIFE_SKILLS',
      capacity: 6,
      weekdays: [1, 3, 5],
      startTime: '15:30',
      endTime: '18:30',
      location: 'Teen room',
      facilitators: 1,
      takes: [0, 8],
    },
    {
      name: 'Family Group',
      format: 'PROCESS',
      topic: 'FAMILY',
      capacity: 10,
      weekdays: [2],
      startTime: '18:00',
      endTime: '19:30',
      location: 'Teen room',
      enrollmentMode: 'CLOSED',
      facilitators: 2,
      takes: [0, 6],
    },
  ],
};

const IN_TREATMENT = ['ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING'];
const ENDED_AFTER_TREATMENT = ['DISCHARGED', 'FOLLOW_UP', 'CLOSED'];

/**
 * The demo clinic's groups, enrollments (full groups with a waitlist in order; completed
 * memberships for discharged clients) and group sessions for the past 12 weeks and the next 4,
 * generated from the schedules by the same generator the API uses. Past sessions are HELD
 * (attendance is the attendance seed's). Set-based: a handful of statements per program.
 */
export async function seedDemoGroups(em: EntityManager, now: Date): Promise<void> {
  const today = localDate(now, DEMO_TIME_ZONE);
  const startsOn = addCalendarDays(mondayOf(today), -16 * 7);
  const programs = await em.query<{ id: string; code: DemoProgramCode; maxGroupSize: number }[]>(
    `SELECT id, code, max_group_size AS "maxGroupSize" FROM program ORDER BY code`,
  );
  const groupIds: string[] = [];
  let directorId = '';
  for (const program of programs) {
    const groups = DEMO_GROUPS[program.code];
    if (!groups) continue;
    const staff = await em.query<{ id: string; role: string }[]>(
      `SELECT r.staff_id AS id, r.role FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
       WHERE r.program_id = $1 AND r.role IN ('CLINICIAN', 'DIRECTOR') AND s.active
       ORDER BY r.role, s.last_name, s.id`,
      [program.id],
    );
    const director = staff.find((s) => s.role === 'DIRECTOR') ?? staff[0];
    const clinicians = staff.filter((s) => s.role === 'CLINICIAN');
    if (!director || !clinicians.length) continue;
    directorId = director.id;
    const episodes = await em.query<
      { id: string; clientId: string; status: string; admittedOn: string; endedOn: string | null }[]
    >(
      `SELECT e.id, e.client_id AS "clientId", e.status,
         (e.admitted_at AT TIME ZONE $2)::date::text AS "admittedOn",
         (e.discharged_at AT TIME ZONE $2)::date::text AS "endedOn"
       FROM episode e WHERE e.program_id = $1 AND e.admitted_at IS NOT NULL
       ORDER BY e.admitted_at, e.id`,
      [program.id, DEMO_TIME_ZONE],
    );
    const inTreatment = episodes.filter((e) => IN_TREATMENT.includes(e.status));
    const ended = episodes.filter((e) => ENDED_AFTER_TREATMENT.includes(e.status));

    let nextClinician = 0;
    const enrol = {
      group: [] as string[],
      client: [] as string[],
      episode: [] as string[],
      status: [] as string[],
      startsOn: [] as string[],
      endsOn: [] as (string | null)[],
      waitlistedAt: [] as (Date | null)[],
    };
    const add = (
      groupId: string,
      e: (typeof episodes)[number],
      status: string,
      start: string,
      end: string | null,
      waitlistedAt: Date | null,
    ) => {
      enrol.group.push(groupId);
      enrol.client.push(e.clientId);
      enrol.episode.push(e.id);
      enrol.status.push(status);
      enrol.startsOn.push(start);
      enrol.endsOn.push(end);
      enrol.waitlistedAt.push(waitlistedAt);
    };
    for (const g of groups) {
      const facilitators = Array.from(
        { length: Math.min(g.facilitators, clinicians.length) },
        () => clinicians[nextClinician++ % clinicians.length]!.id,
      );
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO therapy_group (program_id, name, format, topic, capacity, location, telehealth_url,
           enrollment_mode, starts_on, weekdays, start_time, end_time, created_by_staff_id, updated_by_staff_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
        [
          program.id,
          g.name,
          g.format,
          g.topic,
          Math.min(g.capacity, program.maxGroupSize),
          g.location,
          g.telehealthUrl ?? null,
          g.enrollmentMode ?? 'OPEN',
          startsOn,
          g.weekdays,
          g.startTime,
          g.endTime,
          director.id,
        ],
      );
      const groupId = row!.id;
      groupIds.push(groupId);
      await em.query(
        `INSERT INTO group_facilitator (group_id, staff_id) SELECT $1, unnest($2::uuid[])
         ON CONFLICT DO NOTHING`,
        [groupId, [...new Set(facilitators)]],
      );
      const capacity = Math.min(g.capacity, program.maxGroupSize);
      const members = inTreatment.slice(g.takes[0], g.takes[1]);
      members.forEach((e, i) => {
        const start = e.admittedOn > startsOn ? e.admittedOn : startsOn;
        if (i < capacity) add(groupId, e, 'ACTIVE', start, null, null);
        else {
          // Waiting in order: the first on the list asked a week before the last.
          const asked = new Date(now.getTime() - (7 - (i - capacity)) * 86_400_000);
          add(groupId, e, 'WAITLISTED', today, null, asked);
        }
      });
      // Discharged clients completed the day track (their membership kept as history).
      if (g.takes[0] === 0 && g.enrollmentMode !== 'CLOSED') {
        for (const e of ended.slice(0, 6)) {
          const start = e.admittedOn > startsOn ? e.admittedOn : startsOn;
          const end = e.endedOn && e.endedOn >= start ? e.endedOn : start;
          if (end < startsOn) continue;
          add(groupId, e, 'COMPLETED', start, end, null);
        }
      }
    }
    await em.query(
      `INSERT INTO group_enrollment (group_id, client_id, episode_id, status, starts_on, ends_on,
         waitlisted_at, created_by_staff_id, updated_by_staff_id)
       SELECT g, c, e, s, so, eo, w, $8, $8
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[],
                   $7::timestamptz[]) AS t(g, c, e, s, so, eo, w)`,
      [
        enrol.group,
        enrol.client,
        enrol.episode,
        enrol.status,
        enrol.startsOn,
        enrol.endsOn,
        enrol.waitlistedAt,
        director.id,
      ],
    );
  }
  if (!groupIds.length) return;
  // A staff training day three weeks ago and a holiday next week: no session those days.
  await em.query(
    `INSERT INTO group_schedule_exception (group_id, on_date, kind, reason, created_by_staff_id)
     SELECT g.id, d.on_date, d.kind, d.reason, $2
     FROM therapy_group g
     CROSS JOIN (VALUES ($3::date, 'CANCELLED', 'Staff training day'),
                        ($4::date, 'HOLIDAY', 'Clinic closed')) AS d(on_date, kind, reason)
     WHERE g.id = ANY($1::uuid[])
       AND extract(isodow FROM d.on_date)::smallint = ANY(g.weekdays)`,
    [
      groupIds,
      directorId,
      addCalendarDays(mondayOf(today), -21),
      addCalendarDays(mondayOf(today), 7 + 4),
    ],
  );
  await reconcileGroupSessions(
    em,
    groupIds,
    addCalendarDays(today, -12 * 7),
    addCalendarDays(today, 28),
    directorId,
  );
  // What already happened was held (attendance itself is seeded on top of these sessions).
  await em.query(
    `UPDATE clinical_session SET status = 'HELD' WHERE group_id = ANY($1::uuid[]) AND ends_at <= $2`,
    [groupIds, now],
  );
}
