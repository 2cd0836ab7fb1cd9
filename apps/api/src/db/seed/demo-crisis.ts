import type { EntityManager } from 'typeorm';
import {
  addCalendarDays,
  crisisFollowUpDue,
  localDate,
  monthDates,
  onCallAt,
  shiftInstants,
  statusesInPhase,
  zonedInstant,
  type CrisisAction,
  type CrisisCaller,
  type CrisisRiskLevel,
} from '@waypoint/domain';

/** [days ago, local time, caller, risk, actions, notes, followed up] — a dozen calls, most at night. */
const CALLS: [number, string, CrisisCaller, CrisisRiskLevel, CrisisAction[], string, boolean][] = [
  [
    13,
    '23:40',
    'CLIENT',
    'MODERATE',
    ['SAFETY_PLAN_REVIEWED', 'NEXT_DAY_FOLLOW_UP'],
    'Cravings after a family argument; used coping card.',
    true,
  ],
  [
    11,
    '02:15',
    'FAMILY',
    'LOW',
    ['NEXT_DAY_FOLLOW_UP'],
    'Sister worried; client asleep and safe.',
    true,
  ],
  [
    10,
    '19:05',
    'CLIENT',
    'LOW',
    ['SAFETY_PLAN_REVIEWED'],
    'Wanted to talk before a meeting.',
    true,
  ],
  [
    8,
    '21:30',
    'CLIENT',
    'MODERATE',
    ['SAFETY_PLAN_REVIEWED', 'NEXT_DAY_FOLLOW_UP'],
    'Lost job today; no use, urges strong.',
    true,
  ],
  [7, '03:50', 'OTHER', 'LOW', [], 'Caller asked about admission hours.', false],
  [
    6,
    '22:10',
    'CLIENT',
    'LOW',
    ['SAFETY_PLAN_REVIEWED'],
    'Could not sleep; talked through the plan.',
    true,
  ],
  [
    5,
    '01:25',
    'FAMILY',
    'MODERATE',
    ['MOBILE_CRISIS', 'NEXT_DAY_FOLLOW_UP'],
    'Partner reported heavy drinking; mobile team visited.',
    true,
  ],
  [4, '18:45', 'CLIENT', 'LOW', ['NEXT_DAY_FOLLOW_UP'], 'Anxious about court date.', false],
  [
    3,
    '00:30',
    'CLIENT',
    'MODERATE',
    ['SAFETY_PLAN_REVIEWED', 'CALLED_988'],
    'Connected to 988 together; agreed to call back.',
    false,
  ],
  [
    2,
    '23:55',
    'CLIENT',
    'HIGH',
    ['SAFETY_PLAN_REVIEWED', 'CALLED_988', 'MOBILE_CRISIS', 'NEXT_DAY_FOLLOW_UP'],
    'Thoughts of self-harm after relapse; mobile crisis on scene, client safe with family.',
    false,
  ],
  [
    1,
    '20:20',
    'FAMILY',
    'LOW',
    ['NEXT_DAY_FOLLOW_UP'],
    'Mother asked how to support after a slip.',
    false,
  ],
  [
    0,
    '04:10',
    'CLIENT',
    'MODERATE',
    ['SAFETY_PLAN_REVIEWED', 'NEXT_DAY_FOLLOW_UP'],
    'Woke with strong cravings; stayed on the line 20 minutes.',
    false,
  ],
];

interface Program {
  id: string;
  timeZone: string;
}

/**
 * The crisis line of the demo clinic: in each program, this month's and next month's roster (a
 * day shift 09:00–17:00 and a night shift 17:00–09:00, taken in turn by the program's directors,
 * clinicians and case managers; one afternoon left uncovered so the roster shows a gap), and a
 * dozen contacts over the last two weeks in the first program, most at night, one HIGH risk.
 * Run before the review clocks are computed: the HIGH risk contact brings a review forward.
 */
export async function seedDemoCrisis(em: EntityManager, now: Date): Promise<void> {
  const programs = await em.query<Program[]>(
    `SELECT id, time_zone AS "timeZone" FROM program ORDER BY name, id`,
  );
  for (const [p, program] of programs.entries()) {
    const staff = await em.query<{ id: string }[]>(
      `SELECT DISTINCT r.staff_id AS id FROM staff_program_role r JOIN staff s ON s.id = r.staff_id
       WHERE r.program_id = $1 AND r.role IN ('DIRECTOR', 'CLINICIAN', 'CASE_MANAGER') AND s.active
       ORDER BY r.staff_id`,
      [program.id],
    );
    if (!staff.length) continue;
    const month = localDate(now, program.timeZone).slice(0, 7);
    const next = localDate(addMonth(now), program.timeZone).slice(0, 7);
    const shifts: { staffId: string; startsAt: Date; endsAt: Date }[] = [];
    for (const [d, day] of [...monthDates(month), ...monthDates(next)].entries()) {
      const tomorrow = addCalendarDays(day, 1);
      const plan: [string, string, string][] = [
        [day, '09:00', day],
        [day, '17:00', tomorrow],
      ];
      for (const [s, [startDate, startTime, endDate]] of plan.entries()) {
        // The 20th's day shift is left open: a gap the director sees on the roster.
        if (startDate.endsWith('-20') && s === 0) continue;
        const times = shiftInstants(
          { startDate, startTime, endDate, endTime: s === 0 ? '17:00' : '09:00' },
          program.timeZone,
        );
        if ('problems' in times) continue;
        shifts.push({ staffId: staff[(d * 2 + s + p) % staff.length]!.id, ...times });
      }
    }
    const creator = staff[0]!.id;
    await em.query(
      `INSERT INTO on_call_shift (program_id, staff_id, starts_at, ends_at, created_by_staff_id)
       SELECT $1, * , $5 FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[])`,
      [
        program.id,
        shifts.map((s) => s.staffId),
        shifts.map((s) => s.startsAt),
        shifts.map((s) => s.endsAt),
        creator,
      ],
    );
    if (p === 0) await seedContacts(em, program, shifts, now);
  }
}

function addMonth(now: Date): Date {
  return new Date(now.getTime() + 32 * 86_400_000);
}

async function seedContacts(
  em: EntityManager,
  program: Program,
  shifts: readonly { staffId: string; startsAt: Date; endsAt: Date }[],
  now: Date,
) {
  const clients = await em.query<{ id: string; clientId: string }[]>(
    `SELECT e.id, e.client_id AS "clientId" FROM episode e
     WHERE e.program_id = $1 AND e.status = ANY($2::text[]) AND e.primary_clinician_id IS NOT NULL
     ORDER BY e.opened_at, e.id LIMIT 8`,
    [program.id, statusesInPhase('IN_TREATMENT')],
  );
  const today = localDate(now, program.timeZone);
  for (const [i, [daysAgo, time, caller, risk, actions, notes, followedUp]] of CALLS.entries()) {
    let occurredAt = zonedInstant(addCalendarDays(today, -daysAgo), time, program.timeZone);
    // Today's small-hours call has not happened yet when the clinic is seeded in the night.
    if (occurredAt > now) occurredAt = new Date(now.getTime() - 30 * 60_000);
    // A caller who asked only about admission is not a client's contact.
    const episode = caller === 'OTHER' ? null : (clients[i % Math.max(clients.length, 1)] ?? null);
    const takenBy = onCallAt(shifts, occurredAt)[0]?.staffId ?? shifts[0]!.staffId;
    await em.query(
      `INSERT INTO crisis_contact (program_id, episode_id, client_id, occurred_at, caller, risk_level,
         actions, notes, logged_by_staff_id, follow_up_due_on, followed_up_at, followed_up_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
         CASE WHEN $11::timestamptz IS NULL THEN NULL
           ELSE (SELECT primary_clinician_id FROM episode WHERE id = $2) END)`,
      [
        program.id,
        episode?.id ?? null,
        episode?.clientId ?? null,
        occurredAt,
        caller,
        risk,
        actions,
        notes,
        takenBy,
        episode ? crisisFollowUpDue(occurredAt, program.timeZone) : null,
        episode && followedUp ? new Date(occurredAt.getTime() + 14 * 3_600_000) : null,
      ],
    );
  }
}
