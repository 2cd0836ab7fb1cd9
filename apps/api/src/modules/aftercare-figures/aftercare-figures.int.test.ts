import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { scoreMeasure, todayIn, type DischargeType } from '@waypoint/domain';
import {
  createTestClient,
  createTestEpisode,
  createTestProgram,
  createTestStaff,
  wallClockBefore,
} from '../../testing/factories.js';
import { DISCHARGE_MUTATION, dischargeInput } from '../../test-support/discharge-input.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

/*
 * A known clinic in program P, discharged today through the workflow:
 *   Ada    COMPLETED  weekly follow-ups; one due in 2 days; the first DONE with a BAM;
 *                     a BAM at admission with use score 5
 *   Bo     STEP_DOWN  weekly; three contacts MISSED in a row (flagged for outreach)
 *   Cy     AMA        attempted contact only; admitted again 20 days later
 * Figures by hand: 3 discharges, completion 1/3, 4 contacts recorded of which 1 reached,
 * one client with BAM at admission and follow-up, 1 readmission within 30 (and 90) days.
 */
let server: TestServer;
let ds: DataSource;
let programId: string;
let timeZone: string;
let director: Caller;
let otherDirector: Caller;
let cmStaff: Staff;
let caseManager: Caller;
const ids: Record<string, { clientId: string; episodeId: string }> = {};

const FOLLOW_UPS = `query ($programIds: [ID!]) { followUpFigures(programIds: $programIds) {
  counts { kind count } rows { kind clientId clientName episodeId dueOn } } }`;
const OUTCOMES = `query ($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) {
  from to discharges byType { dischargeType count } completionRate meanLengthOfStayDays
  followUpsRecorded followUpsReached followUpReachRate
  bam { clients useAtAdmission useAtFollowUp abstinentAtAdmission abstinentAtFollowUp }
  measureChanges { instrument clients meanAtAdmission meanAtDischarge }
  readmittedWithin30Days readmittedWithin90Days } }`;

const followUpBam: Record<string, number> = {};
for (const k of ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13', '15', '16'])
  followUpBam[k] = 0;
followUpBam['14'] = 4;

async function discharged(name: string, type: DischargeType) {
  const { client, episode } = await createTestClient(ds, {
    programId,
    status: 'DISCHARGE_PLANNING',
    caseManagerId: cmStaff.id,
  });
  await ds.query(`UPDATE client SET first_name = $2 WHERE id = $1`, [client.id, name]);
  const res = await caseManager.gql(DISCHARGE_MUTATION, {
    input: dischargeInput(episode.id, episode.version, type, 'Per the team'),
  });
  expect(res.errors).toBeUndefined();
  // Admitted 40 days before the discharge: the stay's length is known.
  await ds.query(
    `UPDATE episode SET admitted_at = ${wallClockBefore("interval '40 days'", 'discharged_at')} WHERE id = $1`,
    [episode.id],
  );
  ids[name] = { clientId: client.id, episodeId: episode.id };
  return episode.id;
}

const contacts = (episodeId: string) =>
  ds.query<{ id: string; version: number }[]>(
    `SELECT id, version FROM follow_up_contact WHERE episode_id = $1 ORDER BY due_on`,
    [episodeId],
  );

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
  cmStaff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
  caseManager = await server.as(cmStaff);

  const ada = await discharged('Ada', 'COMPLETED');
  const [first, second] = await contacts(ada);
  await ds.query(
    `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id,
       administered_at, score_status, subscales)
     VALUES ($1, 'BAM', '1', '{}', $2, now() - interval '39 days', 'SCORED', '{"USE": 5, "RISK": 8, "PROTECTIVE": 10}')`,
    [ada, cmStaff.id],
  );
  const done = await caseManager.gql(
    `mutation ($input: RecordFollowUpContactInput!) { recordFollowUpContact(input: $input) { __typename } }`,
    {
      input: {
        episodeId: ada,
        followUpId: first!.id,
        version: first!.version,
        status: 'DONE',
        method: 'PHONE',
        outcome: 'IN_RECOVERY',
        note: 'Doing well',
        bamAnswers: followUpBam,
      },
    },
  );
  expect(done.errors).toBeUndefined();
  await ds.query(`UPDATE follow_up_contact SET due_on = $2::date + 2 WHERE id = $1`, [
    second!.id,
    todayIn(timeZone),
  ]);

  // Symptom totals: Ada's PHQ-9 15 → 6, one PHQ-9 of Bo's (no change to count), Bo's GAD-7
  // 12 → 8 and a GAD-7 after Bo's discharge (not counted).
  const measure = (episodeId: string, instrument: string, total: number, daysBefore: number) =>
    ds.query(
      `INSERT INTO assessment (episode_id, instrument, instrument_version, answers,
         administered_by_staff_id, administered_at, score_status, total_score)
       SELECT id, $2, '1', '{}', $3, discharged_at - make_interval(days => $5), 'COMPLETE', $4
       FROM episode WHERE id = $1`,
      [episodeId, instrument, cmStaff.id, total, daysBefore],
    );
  await measure(ada, 'PHQ9', 15, 38);
  await measure(ada, 'PHQ9', 6, 2);
  const bo = await discharged('Bo', 'STEP_DOWN');
  await measure(bo, 'PHQ9', 11, 30);
  await measure(bo, 'GAD7', 12, 30);
  await measure(bo, 'GAD7', 8, 1);
  await measure(bo, 'GAD7', 3, -1);
  const [a, b, c] = await contacts(bo);
  await ds.query(
    `UPDATE follow_up_contact SET status = 'MISSED', due_on = $2::date - (7 * (4 - n))::int
     FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n) WHERE follow_up_contact.id = m.id`,
    [[a!.id, b!.id, c!.id], todayIn(timeZone)],
  );
  await ds.query(`UPDATE discharge SET outreach_flagged_at = now() WHERE episode_id = $1`, [bo]);

  const cy = await discharged('Cy', 'AMA');
  const returned = await createTestEpisode(ds, ids.Cy!.clientId, {
    programId,
    status: 'ACTIVE',
    actorStaffId: cmStaff.id,
  });
  await ds.query(
    `UPDATE episode
     SET admitted_at = ${wallClockBefore("-interval '20 days'", 'SELECT discharged_at FROM episode WHERE id = $2')}
     WHERE id = $1`,
    [returned.id, cy],
  );
}, 120_000);
afterAll(() => server?.close());

describe('director dashboard: follow-ups', () => {
  it('counts due this week, missed and flagged for outreach, naming the clients behind each', async () => {
    const res = await director.gql<{
      followUpFigures: {
        counts: { kind: string; count: number }[];
        rows: { kind: string; clientName: string; episodeId: string; dueOn: string | null }[];
      };
    }>(FOLLOW_UPS, { programIds: [programId] });
    expect(res.errors).toBeUndefined();
    const f = res.data!.followUpFigures;
    expect(f.counts).toEqual([
      { kind: 'DUE_THIS_WEEK', count: 1 },
      { kind: 'MISSED', count: 3 },
      { kind: 'OUTREACH', count: 1 },
    ]);
    const today = todayIn(timeZone);
    expect(f.rows.filter((r) => r.kind === 'DUE_THIS_WEEK')).toEqual([
      expect.objectContaining({ clientName: expect.stringMatching(/^Ada /) as unknown }),
    ]);
    expect(f.rows.filter((r) => r.kind === 'OUTREACH')).toEqual([
      expect.objectContaining({
        episodeId: ids.Bo!.episodeId,
        // The last contact missed, a week ago.
        dueOn: new Date(Date.parse(today) - 7 * 86_400_000).toISOString().slice(0, 10),
      }),
    ]);
    // The most recent miss first.
    expect(f.rows.filter((r) => r.kind === 'MISSED').map((r) => r.dueOn)).toEqual(
      [7, 14, 21].map((d) =>
        new Date(Date.parse(today) - d * 86_400_000).toISOString().slice(0, 10),
      ),
    );
  });

  it('a director of another program sees none of it', async () => {
    const res = await otherDirector.gql<{ followUpFigures: { counts: { count: number }[] } }>(
      FOLLOW_UPS,
      { programIds: null },
    );
    expect(res.data!.followUpFigures.counts.map((c) => c.count)).toEqual([0, 0, 0]);
  });
});

describe('director dashboard: outcomes', () => {
  it('match the figures counted by hand on the known clinic', async () => {
    const today = todayIn(timeZone);
    const res = await director.gql<{ outcomeFigures: Record<string, unknown> }>(OUTCOMES, {
      from: today,
      to: today,
    });
    expect(res.errors).toBeUndefined();
    const useAtFollowUp = scoreMeasure('BAM', followUpBam).subscales.USE;
    expect(res.data!.outcomeFigures).toEqual({
      from: today,
      to: today,
      discharges: 3,
      byType: [
        { dischargeType: 'AMA', count: 1 },
        { dischargeType: 'COMPLETED', count: 1 },
        { dischargeType: 'STEP_DOWN', count: 1 },
      ],
      completionRate: 1 / 3,
      meanLengthOfStayDays: 40,
      followUpsRecorded: 4,
      followUpsReached: 1,
      followUpReachRate: 0.25,
      bam: {
        clients: 1,
        useAtAdmission: 5,
        useAtFollowUp,
        abstinentAtAdmission: 0,
        abstinentAtFollowUp: useAtFollowUp === 0 ? 1 : 0,
      },
      measureChanges: [
        { instrument: 'GAD7', clients: 1, meanAtAdmission: 12, meanAtDischarge: 8 },
        { instrument: 'PHQ9', clients: 1, meanAtAdmission: 15, meanAtDischarge: 6 },
      ],
      readmittedWithin30Days: 1,
      readmittedWithin90Days: 1,
    });
  });

  it('a period before the discharges counts none; a period longer than a year is refused', async () => {
    const res = await director.gql<{
      outcomeFigures: { discharges: number; completionRate: null };
    }>(OUTCOMES, { from: '2020-01-01', to: '2020-03-31' });
    expect(res.data!.outcomeFigures).toMatchObject({ discharges: 0, completionRate: null });
    const long = await director.gql(OUTCOMES, { from: '2020-01-01', to: '2022-01-01' });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', message: 'choose a period of a year at most' }],
    });
  });
});
