import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  abstinenceFigures,
  addCalendarDays,
  todayIn,
  zonedInstant,
  type DischargeType,
  type FollowUpStatus,
} from '@waypoint/domain';
import {
  createTestClient,
  createTestProgram,
  createTestStaff,
  wallClockBefore,
} from '../../testing/factories.js';
import { DISCHARGE_MUTATION, dischargeInput } from '../../test-support/discharge-input.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { advanceAftercare } from '../../jobs/aftercare-jobs.js';
import type { Staff } from '../staff/staff.entity.js';

/*
 * The issue's "done when", as a new user would do it: discharge a client of every type that
 * leads to aftercare (a TRANSFER ends the episode as TRANSFERRED instead), run
 * their follow-up schedules forward in time (13 weeks, the aftercare job after each), log crisis
 * contacts at night, and compare every outcome figure with a count made by hand.
 *
 * Time runs forward by moving this program's records back a week at a time (PostgreSQL's now()
 * is the job's clock). The clinic, discharged on day 0, weekly contacts on days 7…84, bi-weekly
 * on 14…84:
 *   Ada  COMPLETED   60-day stay; weekly, every contact done with a clean BAM; BAM use 6 at
 *                    admission; PHQ-9 16 → 7
 *   Bo   STEP_DOWN   30 days; bi-weekly: done with a BAM on 14, 28 (clean), 56 (drank 1–3 days),
 *                    done without one on 42, missed 70, done on 84 (drank 4–8, drugs 1–3 days);
 *                    BAM use 3 at admission; GAD-7 10 → 5
 *   Cy   STEP_DOWN   45 days; weekly, every contact missed (flagged for outreach)
 *   Di   STEP_UP     20 days; weekly: done on 28 (no BAM), 35 (drugs 4–8 days), 63 (clean);
 *                    the rest attempted
 *   Ed   AMA         10 days; admitted again on day 20
 *   Flo  LOST_CONTACT 90 days; admitted again on day 60
 *   Gus  ADMINISTRATIVE 35 days
 */
const CLINIC: Record<string, { type: DischargeType; stayDays: number; cadence?: 'BIWEEKLY' }> = {
  Ada: { type: 'COMPLETED', stayDays: 60 },
  Bo: { type: 'STEP_DOWN', stayDays: 30, cadence: 'BIWEEKLY' },
  Cy: { type: 'STEP_DOWN', stayDays: 45 },
  Di: { type: 'STEP_UP', stayDays: 20 },
  Ed: { type: 'AMA', stayDays: 10 },
  Flo: { type: 'LOST_CONTACT', stayDays: 90 },
  Gus: { type: 'ADMINISTRATIVE', stayDays: 35 },
};

type Recorded =
  { status: 'DONE'; bam?: { alcohol: number; drug: number } } | { status: 'ATTEMPTED' | 'MISSED' };
/** What each client's follow-up contact on a given day after discharge turned out to be. */
function script(name: string, day: number): Recorded | null {
  const clean = { alcohol: 0, drug: 0 };
  switch (name) {
    case 'Ada':
      return { status: 'DONE', bam: clean };
    case 'Bo':
      return (
        (
          {
            14: { status: 'DONE', bam: clean },
            28: { status: 'DONE', bam: clean },
            42: { status: 'DONE' },
            56: { status: 'DONE', bam: { alcohol: 1, drug: 0 } },
            70: { status: 'MISSED' },
            84: { status: 'DONE', bam: { alcohol: 2, drug: 1 } },
          } as Record<number, Recorded>
        )[day] ?? null
      );
    case 'Cy':
      return { status: 'MISSED' };
    case 'Di':
      if (day === 28) return { status: 'DONE' };
      if (day === 35) return { status: 'DONE', bam: { alcohol: 0, drug: 2 } };
      if (day === 63) return { status: 'DONE', bam: clean };
      return { status: 'ATTEMPTED' };
    default:
      return null;
  }
}

/** A complete BAM: items 4 and 6 as given, no heavy drinking (5), the rest in between. */
function bamAnswers(alcohol: number, drug: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const k of ['1', '2', '3', '8', '9', '10', '11', '12', '13', '15', '16']) answers[k] = 1;
  return { ...answers, '4': alcohol, '5': 0, '6': drug, '14': 4 };
}

let server: TestServer;
let ds: DataSource;
let programId: string;
let timeZone: string;
let director: Caller;
let otherDirector: Caller;
let clinician: Caller;
let clinicianStaff: Staff;
let cmStaff: Staff;
let caseManager: Caller;
const clinic: Record<string, { clientId: string; episodeId: string; dischargeId: string }> = {};
const statusesAfterWeek: Record<number, Record<string, string>> = {};
let dischargedOn: string;
const night: { id: string; followUpDueOn: string; expectedDue: string }[] = [];

/**
 * Time moves forward `days`: every dated record of the program's clients moves back as many days
 * on the program's calendar (not 24-hour periods, which cross daylight saving into another date).
 */
async function daysPass(days: number) {
  const back = (column: string) =>
    `${column} = ${wallClockBefore(`make_interval(days => ${days})`, column, timeZone)}`;
  const episodes = `(SELECT id FROM episode WHERE program_id = $1)`;
  await ds.query(
    `UPDATE episode SET ${back('opened_at')}, ${back('admitted_at')}, ${back('discharged_at')}
     WHERE program_id = $1`,
    [programId],
  );
  await ds.query(
    `UPDATE discharge SET ${back('discharged_at')},
       first_follow_up_on = first_follow_up_on - ${days}, follow_up_ends_on = follow_up_ends_on - ${days}
     WHERE episode_id IN ${episodes}`,
    [programId],
  );
  await ds.query(
    `UPDATE follow_up_contact SET due_on = due_on - ${days}, ${back('recorded_at')}
     WHERE episode_id IN ${episodes}`,
    [programId],
  );
  await ds.query(
    `UPDATE assessment SET ${back('administered_at')} WHERE episode_id IN ${episodes}`,
    [programId],
  );
}

/** The case manager records every contact due by today that is still scheduled, per the script. */
async function recordDueContacts() {
  const today = todayIn(timeZone);
  for (const [name, c] of Object.entries(clinic)) {
    const due = await ds.query<{ id: string; version: number; day: number }[]>(
      `SELECT f.id, f.version, f.due_on - (d.discharged_at AT TIME ZONE $3)::date AS day
       FROM follow_up_contact f JOIN discharge d ON d.id = f.discharge_id
       WHERE f.episode_id = $1 AND f.status = 'SCHEDULED' AND f.due_on <= $2::date ORDER BY f.due_on`,
      [c.episodeId, today, timeZone],
    );
    for (const f of due) {
      const r = script(name, f.day);
      if (!r) throw new Error(`${name} has no script for day ${f.day}`);
      const res = await caseManager.gql(
        `mutation ($input: RecordFollowUpContactInput!) { recordFollowUpContact(input: $input) { __typename } }`,
        {
          input: {
            episodeId: c.episodeId,
            followUpId: f.id,
            version: f.version,
            status: r.status,
            method: r.status === 'MISSED' ? null : 'PHONE',
            outcome: r.status === 'DONE' ? (r.bam?.alcohol ? 'USING' : 'IN_RECOVERY') : null,
            note: '',
            bamAnswers: r.status === 'DONE' && r.bam ? bamAnswers(r.bam.alcohol, r.bam.drug) : null,
          },
        },
      );
      expect(res.errors, `${name} day ${f.day}`).toBeUndefined();
    }
  }
}

/**
 * A client discharged earlier comes back: a new episode linked to the stay that ended, admitted
 * today (intake's readmission path is tested in episode/intake tests).
 */
async function readmit(name: string) {
  const earlier = clinic[name]!;
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO episode (client_id, program_id, status, opened_at, admitted_at, previous_episode_id,
       primary_clinician_id)
     VALUES ($1, $2, 'ACTIVE', now() - interval '2 days', now(), $3, $4) RETURNING id`,
    [earlier.clientId, programId, earlier.episodeId, clinicianStaff.id],
  );
  return row!.id;
}

/** Two crisis calls at night about Ada: 02:30 (due that morning) and 23:30 (due the next day). */
async function logNightCalls() {
  const today = todayIn(timeZone);
  const now = Date.now();
  for (const time of ['02:30', '23:30']) {
    // The most recent such night that has already happened.
    let day = today;
    while (zonedInstant(day, time, timeZone).getTime() > now) day = addCalendarDays(day, -1);
    const res = await clinician.gql<{
      logCrisisContact: { id: string; followUpDueOn: string };
    }>(
      `mutation ($input: LogCrisisContactInput!) { logCrisisContact(input: $input) { id followUpDueOn } }`,
      {
        input: {
          programId,
          episodeId: clinic.Ada!.episodeId,
          occurredAt: zonedInstant(day, time, timeZone).toISOString(),
          caller: 'CLIENT',
          riskLevel: 'MODERATE',
          actions: ['SAFETY_PLAN_REVIEWED', 'NEXT_DAY_FOLLOW_UP'],
          notes: '',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    night.push({
      ...res.data!.logCrisisContact,
      expectedDue: time === '02:30' ? day : addCalendarDays(day, 1),
    });
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  const program = await createTestProgram(ds);
  programId = program.id;
  timeZone = program.timeZone;
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
  const other = await createTestProgram(ds);
  otherDirector = await server.as(
    await createTestStaff(ds, [{ programId: other.id, role: 'DIRECTOR' }]),
  );
  clinicianStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  cmStaff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
  caseManager = await server.as(cmStaff);

  for (const [name, c] of Object.entries(CLINIC)) {
    const { client, episode } = await createTestClient(
      ds,
      {
        programId,
        status: 'DISCHARGE_PLANNING',
        caseManagerId: cmStaff.id,
        primaryClinicianId: clinicianStaff.id,
      },
      { firstName: name },
    );
    const input = dischargeInput(episode.id, episode.version, c.type, 'Per the team');
    const res = await caseManager.gql<{ dischargeEpisode: { id: string } }>(DISCHARGE_MUTATION, {
      input: c.cadence ? { ...input, followUpCadence: c.cadence } : input,
    });
    expect(res.errors).toBeUndefined();
    await ds.query(
      `UPDATE episode SET admitted_at = ${wallClockBefore('make_interval(days => $2)', 'discharged_at', timeZone)}
       WHERE id = $1`,
      [episode.id, c.stayDays],
    );
    clinic[name] = {
      clientId: client.id,
      episodeId: episode.id,
      dischargeId: res.data!.dischargeEpisode.id,
    };
  }
  dischargedOn = todayIn(timeZone);

  // Measures of the stays: BAM use at admission, PHQ-9 and GAD-7 at admission and at discharge.
  const measure = (name: string, instrument: string, daysBefore: number, score: object) =>
    ds.query(
      `INSERT INTO assessment (episode_id, instrument, instrument_version, answers,
         administered_by_staff_id, administered_at, score_status, total_score, subscales)
       SELECT id, $2, '1', '{}', $3, discharged_at - make_interval(days => $4), 'COMPLETE',
         ($5::jsonb->>'total')::int, $5::jsonb->'subscales'
       FROM episode WHERE id = $1`,
      [clinic[name]!.episodeId, instrument, cmStaff.id, daysBefore, JSON.stringify(score)],
    );
  await measure('Ada', 'BAM', 59, { subscales: { USE: 6, RISK: 9, PROTECTIVE: 8 } });
  await measure('Bo', 'BAM', 29, { subscales: { USE: 3, RISK: 7, PROTECTIVE: 12 } });
  await measure('Ada', 'PHQ9', 58, { total: 16 });
  await measure('Ada', 'PHQ9', 1, { total: 7 });
  await measure('Bo', 'GAD7', 28, { total: 10 });
  await measure('Bo', 'GAD7', 2, { total: 5 });

  // Thirteen weeks: each day the contacts due are recorded, then the job runs (twice, to show
  // a second run moves nothing); Ed comes back on day 20, Flo on day 60.
  const jobRuns: number[] = [];
  for (let day = 1; day <= 91; day++) {
    await daysPass(1);
    dischargedOn = addCalendarDays(dischargedOn, -1);
    await recordDueContacts();
    if (day === 20) await readmit('Ed');
    if (day === 60) await readmit('Flo');
    if (day === 45) await logNightCalls();
    jobRuns.push(await advanceAftercare(ds), await advanceAftercare(ds));
    if (day % 7 === 0) {
      const rows = await ds.query<{ id: string; status: string }[]>(
        `SELECT id, status FROM episode WHERE id = ANY($1)`,
        [Object.values(clinic).map((c) => c.episodeId)],
      );
      statusesAfterWeek[day / 7] = Object.fromEntries(
        Object.entries(clinic).map(([n, c]) => [n, rows.find((r) => r.id === c.episodeId)!.status]),
      );
    }
  }
  // Each second run found nothing left to move.
  expect(jobRuns.filter((_, i) => i % 2 === 1).every((n) => n === 0)).toBe(true);
}, 600_000);
afterAll(() => server?.close());

const OUTCOMES = `query ($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) {
  discharges byType { dischargeType count } completionRate meanLengthOfStayDays
  followUpsRecorded followUpsReached followUpReachRate
  bam { clients useAtAdmission useAtFollowUp abstinentAtAdmission abstinentAtFollowUp }
  measureChanges { instrument clients meanAtAdmission meanAtDischarge }
  readmittedWithin30Days readmittedWithin90Days
  daysAbstinent { mark clients abstinentAllDays meanDaysAbstinent } } }`;
const CLIENTS = `query ($figure: OutcomeFigure!, $from: LocalDate!, $to: LocalDate!) {
  outcomeFigureClients(figure: $figure, from: $from, to: $to) {
    totalCount rows { dischargeId clientId clientName dischargeType startValue value } } }`;

const byName = (rows: { clientName: string; startValue: number | null; value: number | null }[]) =>
  Object.fromEntries(
    rows.map((r) => [r.clientName.split(' ')[0]!, [r.startValue, r.value] as const]),
  );

describe('continuity of care, run forward 13 weeks', () => {
  it('the job moves planned discharges to FOLLOW_UP on the first contact’s day and every one to CLOSED when the period is over', () => {
    expect(statusesAfterWeek[1]).toEqual({
      Ada: 'FOLLOW_UP',
      Bo: 'DISCHARGED', // bi-weekly: the first contact is on day 14
      Cy: 'FOLLOW_UP',
      Di: 'FOLLOW_UP',
      Ed: 'DISCHARGED',
      Flo: 'DISCHARGED',
      Gus: 'DISCHARGED',
    });
    expect(statusesAfterWeek[2]!.Bo).toBe('FOLLOW_UP');
    expect(Object.values(statusesAfterWeek[13]!)).toEqual(Array(7).fill('CLOSED'));
  });

  it('crisis calls at night reach the primary clinician’s Today, due that morning or the next day, and are audited', async () => {
    expect(night.map((n) => n.followUpDueOn)).toEqual(night.map((n) => n.expectedDue));
    const today = await clinician.gql<{ myCrisisFollowUps: { id: string }[] }>(
      `{ myCrisisFollowUps { id } }`,
    );
    expect(today.data!.myCrisisFollowUps.map((c) => c.id)).toEqual(
      expect.arrayContaining(night.map((n) => n.id)),
    );
    const audited = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_id = ANY($1) AND action = 'CREATE'`,
      [night.map((n) => n.id)],
    );
    expect(audited[0]!.n).toBe(2);
  });

  it('every outcome figure equals the count made by hand', async () => {
    const res = await director.gql<{ outcomeFigures: Record<string, unknown> }>(OUTCOMES, {
      from: dischargedOn,
      to: dischargedOn,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.outcomeFigures).toEqual({
      discharges: 7,
      byType: [
        { dischargeType: 'STEP_DOWN', count: 2 },
        ...['ADMINISTRATIVE', 'AMA', 'COMPLETED', 'LOST_CONTACT', 'STEP_UP'].map(
          (dischargeType) => ({ dischargeType, count: 1 }),
        ),
      ],
      completionRate: 1 / 7,
      meanLengthOfStayDays: (60 + 30 + 45 + 20 + 10 + 90 + 35) / 7,
      // Ada 12 done; Bo 5 done, 1 missed; Cy 12 missed; Di 3 done, 9 attempted.
      followUpsRecorded: 12 + 6 + 12 + 12,
      followUpsReached: 12 + 5 + 3,
      followUpReachRate: 20 / 42,
      // Ada 6 → 0 (day 84 clean), Bo 3 → 3 (day 84: 4–8 days drinking = 2, drugs 1–3 = 1).
      bam: {
        clients: 2,
        useAtAdmission: 4.5,
        useAtFollowUp: 1.5,
        abstinentAtAdmission: 0,
        abstinentAtFollowUp: 1,
      },
      measureChanges: [
        { instrument: 'GAD7', clients: 1, meanAtAdmission: 10, meanAtDischarge: 5 },
        { instrument: 'PHQ9', clients: 1, meanAtAdmission: 16, meanAtDischarge: 7 },
      ],
      // Ed on day 20, Flo on day 60.
      readmittedWithin30Days: 1,
      readmittedWithin90Days: 2,
      daysAbstinent: [
        // Ada day 28 clean (30); Bo day 28 clean (30); Di day 35 (28 had no BAM): 30 − 8 = 22.
        { mark: 30, clients: 3, abstinentAllDays: 2, meanDaysAbstinent: (30 + 30 + 22) / 3 },
        // Ada day 63 (nearer than 56); Bo day 56: 30 − 3 = 27; Di day 63 clean (56 attempted).
        { mark: 60, clients: 3, abstinentAllDays: 2, meanDaysAbstinent: (30 + 27 + 30) / 3 },
        // Ada day 84 clean; Bo day 84: 30 − 8 − 3 = 19; Di's contacts near 90 were attempts.
        { mark: 90, clients: 2, abstinentAllDays: 1, meanDaysAbstinent: (30 + 19) / 2 },
      ],
    });
  });

  it('the set-based days-abstinent figure agrees with the domain’s definition on the same contacts', async () => {
    const contacts = await ds.query<
      {
        dischargeId: string;
        dueOn: string;
        status: FollowUpStatus;
        alcoholAnswer: number | null;
        drugAnswer: number | null;
      }[]
    >(
      `SELECT f.discharge_id AS "dischargeId", f.due_on::text AS "dueOn", f.status,
         (a.answers->>'4')::int AS "alcoholAnswer", (a.answers->>'6')::int AS "drugAnswer"
       FROM follow_up_contact f LEFT JOIN assessment a ON a.id = f.bam_assessment_id
       WHERE f.discharge_id = ANY($1)`,
      [Object.values(clinic).map((c) => c.dischargeId)],
    );
    const expected = abstinenceFigures(
      Object.values(clinic).map((c) => ({
        dischargedOn,
        contacts: contacts.filter((f) => f.dischargeId === c.dischargeId),
      })),
    );
    const res = await director.gql<{ outcomeFigures: { daysAbstinent: unknown } }>(OUTCOMES, {
      from: dischargedOn,
      to: dischargedOn,
    });
    expect(res.data!.outcomeFigures.daysAbstinent).toEqual(expected);
  });

  it('each figure drills down to the discharges behind it, recorded as reads of those records', async () => {
    const drill = async (figure: string) => {
      const res = await director.gql<{
        outcomeFigureClients: {
          totalCount: number;
          rows: {
            dischargeId: string;
            clientId: string;
            clientName: string;
            dischargeType: string;
            startValue: number | null;
            value: number | null;
          }[];
        };
      }>(CLIENTS, { figure, from: dischargedOn, to: dischargedOn });
      expect(res.errors).toBeUndefined();
      return res.data!.outcomeFigureClients;
    };
    const discharges = await drill('DISCHARGES');
    expect(discharges.totalCount).toBe(7);
    expect(
      Object.fromEntries(discharges.rows.map((r) => [r.clientName.split(' ')[0], r.dischargeType])),
    ).toEqual(Object.fromEntries(Object.entries(CLINIC).map(([n, c]) => [n, c.type])));
    expect(byName((await drill('LENGTH_OF_STAY')).rows)).toEqual(
      Object.fromEntries(Object.entries(CLINIC).map(([n, c]) => [n, [null, c.stayDays]])),
    );
    const readmitted = byName((await drill('READMITTED_WITHIN_90_DAYS')).rows);
    expect(Object.keys(readmitted).sort()).toEqual(['Ed', 'Flo']);
    expect(byName((await drill('PHQ9_CHANGE')).rows)).toEqual({ Ada: [16, 7] });
    expect(byName((await drill('GAD7_CHANGE')).rows)).toEqual({ Bo: [10, 5] });
    expect(byName((await drill('ABSTINENCE_30')).rows)).toEqual({
      Ada: [null, 30],
      Bo: [null, 30],
      Di: [null, 22],
    });
    expect(byName((await drill('ABSTINENCE_60')).rows)).toEqual({
      Ada: [null, 30],
      Bo: [null, 27],
      Di: [null, 30],
    });
    expect(byName((await drill('ABSTINENCE_90')).rows)).toEqual({
      Ada: [null, 30],
      Bo: [null, 19],
    });

    // Each discharge listed was recorded as read, with its client.
    const reads = await ds.query<{ recordId: string; clientId: string }[]>(
      `SELECT DISTINCT record_id AS "recordId", client_id AS "clientId" FROM audit_event
       WHERE action = 'READ' AND record_type = 'Discharge' AND record_id = ANY($1)`,
      [Object.values(clinic).map((c) => c.dischargeId)],
    );
    expect(reads).toHaveLength(7);
    for (const r of discharges.rows) {
      expect(reads).toContainEqual({ recordId: r.dischargeId, clientId: r.clientId });
    }
  });

  it('a director of another program gets no discharges behind any figure', async () => {
    const res = await otherDirector.gql<{ outcomeFigureClients: { totalCount: number } }>(CLIENTS, {
      figure: 'DISCHARGES',
      from: dischargedOn,
      to: dischargedOn,
    });
    expect(res.data!.outcomeFigureClients.totalCount).toBe(0);
  });
});
