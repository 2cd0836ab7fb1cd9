import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

let server: TestServer;
let ds: DataSource;
let programId: string;
let caseManagerStaff: Staff;
let caseManager: Caller;
let intake: Caller;

const DISCHARGE = `mutation ($input: DischargeEpisodeInput!) { dischargeEpisode(input: $input) {
  __typename
  ... on Discharge { id version dischargeType reason followUpCadence firstFollowUpOn followUpEndsOn
    aftercarePlan { triggers copingSteps crisisContacts { name phone } referralIds }
    attemptedContact { method note }
    summary { courseOfTreatment progressByProblem measures attendance levelOfCare recommendations } }
  ... on EpisodeConflict { message current { id version status } } } }`;

const RECORD = `mutation ($input: RecordFollowUpContactInput!) { recordFollowUpContact(input: $input) {
  __typename ... on FollowUpContact { id version status method outcome bam { id instrument bamSubscales { use risk protective } } }
  ... on FollowUpContactConflict { message } } }`;

const aftercarePlan = {
  triggers: ['Payday Fridays with my old crew'],
  copingSteps: ['Call my sponsor before I cash the cheque', ' '],
  crisisPlan: 'Call 988 or my sister; the crisis centre on Elm Street is open all night.',
  crisisContacts: [{ name: 'Sister (Rosa)', phone: '555-0101' }],
  mutualSupportMeetings: ['SMART Recovery, Tuesdays 18:00, library'],
  medicationContinuity: 'Buprenorphine continues with the community clinic.',
  referralIds: [],
};

async function planningEpisode() {
  const { episode, client } = await createTestClient(ds, {
    programId,
    status: 'DISCHARGE_PLANNING',
    caseManagerId: caseManagerStaff.id,
  });
  const records = await createTestEpisodeRecords(ds, episode.id, caseManagerStaff.id, {
    status: 'ACTIVE',
  });
  return { episode, client, plan: records.plan! };
}

const discharge = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ dischargeEpisode: Record<string, unknown> & { id: string } }>(DISCHARGE, { input });

const bamAnswers = () => {
  const answers: Record<string, number> = {};
  for (const k of ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13', '15', '16'])
    answers[k] = 1;
  answers['14'] = 4;
  return answers;
};

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  caseManagerStaff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
  caseManager = await server.as(caseManagerStaff);
  intake = await server.as(await createTestStaff(ds, [{ programId, role: 'INTAKE' }]));
});
afterAll(() => server?.close());

describe('discharge workflow', () => {
  it('a planned discharge without an aftercare plan or follow-ups is refused, naming the fields', async () => {
    const { episode } = await planningEpisode();
    const res = await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'COMPLETED',
      reason: 'Goals met',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'aftercarePlan', message: expect.any(String) as unknown },
        { field: 'followUpCadence', message: expect.any(String) as unknown },
      ],
    });
  });

  it('a case manager discharges with an aftercare plan: episode, goals, plan, summary and weekly follow-ups in one step', async () => {
    const { episode, plan } = await planningEpisode();
    const res = await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'COMPLETED',
      reason: 'Completed the program; every goal met.',
      goalOutcomes: [{ goalId: plan.goalId, achievementStatus: 'ACHIEVED' }],
      aftercarePlan,
      followUpCadence: 'WEEKLY',
      summary: { recommendations: 'Continue SMART Recovery weekly; see the psychiatrist monthly.' },
    });
    expect(res.errors).toBeUndefined();
    const d = res.data!.dischargeEpisode;
    expect(d).toMatchObject({
      __typename: 'Discharge',
      dischargeType: 'COMPLETED',
      followUpCadence: 'WEEKLY',
      aftercarePlan: { copingSteps: ['Call my sponsor before I cash the cheque'] },
      summary: {
        recommendations: 'Continue SMART Recovery weekly; see the psychiatrist monthly.',
        progressByProblem: expect.stringContaining('A goal: Achieved') as unknown,
        courseOfTreatment: expect.stringContaining('Completed the program') as unknown,
      },
    });
    const [row] = await ds.query<{ status: string; planStatus: string; achievement: string }[]>(
      `SELECT e.status, t.status AS "planStatus", g.achievement_status AS achievement
       FROM episode e JOIN treatment_plan t ON t.episode_id = e.id
       JOIN plan_problem pp ON pp.plan_id = t.id JOIN plan_goal g ON g.problem_id = pp.id
       WHERE e.id = $1`,
      [episode.id],
    );
    expect(row).toEqual({ status: 'DISCHARGED', planStatus: 'CLOSED', achievement: 'ACHIEVED' });
    const followUps = await ds.query<{ due_on: string }[]>(
      `SELECT due_on::text FROM follow_up_contact WHERE episode_id = $1 ORDER BY due_on`,
      [episode.id],
    );
    // 90 days, weekly: twelve contacts, the first a week after discharge.
    expect(followUps).toHaveLength(12);
    expect(followUps[0]!.due_on).toBe(d.firstFollowUpOn);
    const audited = await ds.query<{ record_type: string }[]>(
      `SELECT DISTINCT record_type FROM audit_event WHERE client_id = $1 AND action = 'CREATE'`,
      [episode.clientId],
    );
    expect(audited.map((a) => a.record_type).sort()).toEqual(['Discharge', 'FollowUpContact']);
  });

  it("follows the program's follow-up period, which its director sets beside the default cadence", async () => {
    const program = await createTestProgram(ds);
    const director = await server.as(
      await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]),
    );
    const cmStaff = await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }]);
    const UPDATE = `mutation ($input: UpdateProgramSettingsInput!) { updateProgramSettings(input: $input) {
      __typename ... on Program { version followUpCadence followUpPeriodDays } } }`;
    const input = { programId: program.id, version: program.version, followUpCadence: 'BIWEEKLY' };
    const tooLong = await director.gql(UPDATE, { input: { ...input, followUpPeriodDays: 400 } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'followUpPeriodDays', message: 'Enter 1 to 365 days' }],
    });
    const saved = await director.gql(UPDATE, { input: { ...input, followUpPeriodDays: 30 } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toMatchObject({
      updateProgramSettings: { followUpCadence: 'BIWEEKLY', followUpPeriodDays: 30 },
    });

    const { episode } = await createTestClient(ds, {
      programId: program.id,
      status: 'DISCHARGE_PLANNING',
      caseManagerId: cmStaff.id,
    });
    const res = await discharge(await server.as(cmStaff), {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'STEP_DOWN',
      reason: 'Steps down to standard outpatient',
      aftercarePlan,
      followUpCadence: 'WEEKLY',
    });
    expect(res.errors).toBeUndefined();
    const [row] = await ds.query<{ contacts: number; days: number }[]>(
      `SELECT count(f.id)::int AS contacts, max(d.follow_up_period_days) AS days
       FROM discharge d JOIN follow_up_contact f ON f.discharge_id = d.id WHERE d.episode_id = $1`,
      [episode.id],
    );
    // Weekly over the program's 30 days: four contacts (the discharge chose weekly itself).
    expect(row).toEqual({ contacts: 4, days: 30 });
  });

  it.each(['AMA', 'LOST_CONTACT', 'ADMINISTRATIVE'])(
    '%s needs only the reason and an attempted-contact record',
    async (type) => {
      const { episode } = await planningEpisode();
      const base = { episodeId: episode.id, version: episode.version, dischargeType: type };
      const refused = await discharge(caseManager, { ...base, reason: 'Stopped attending' });
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'attemptedContact', message: expect.any(String) as unknown },
      ]);
      const res = await discharge(caseManager, {
        ...base,
        reason: 'Stopped attending after week four',
        attemptedContact: {
          attemptedAt: new Date().toISOString(),
          method: 'PHONE',
          note: 'Number out of service; letter sent to the last address.',
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.dischargeEpisode).toMatchObject({
        dischargeType: type,
        followUpCadence: null,
        attemptedContact: { method: 'PHONE' },
      });
    },
  );

  it('a failure half way (a goal not in the plan) leaves nothing: episode, plan, goals and follow-ups unchanged', async () => {
    const { episode, plan } = await planningEpisode();
    const res = await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'COMPLETED',
      reason: 'Goals met',
      goalOutcomes: [
        { goalId: plan.goalId, achievementStatus: 'ACHIEVED' },
        { goalId: plan.problemId, achievementStatus: 'ACHIEVED' },
      ],
      aftercarePlan,
      followUpCadence: 'BIWEEKLY',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'goalOutcomes.1.goalId', message: expect.any(String) as unknown }],
    });
    const [row] = await ds.query<Record<string, unknown>[]>(
      `SELECT e.status, e.version, t.status AS "planStatus", g.achievement_status AS achievement,
         (SELECT count(*)::int FROM discharge WHERE episode_id = e.id) AS discharges,
         (SELECT count(*)::int FROM follow_up_contact WHERE episode_id = e.id) AS "followUps",
         (SELECT count(*)::int FROM episode_transition WHERE episode_id = e.id AND to_status = 'DISCHARGED') AS moves
       FROM episode e JOIN treatment_plan t ON t.episode_id = e.id
       JOIN plan_problem pp ON pp.plan_id = t.id JOIN plan_goal g ON g.problem_id = pp.id
       WHERE e.id = $1`,
      [episode.id],
    );
    expect(row).toEqual({
      status: 'DISCHARGE_PLANNING',
      version: episode.version,
      planStatus: 'ACTIVE',
      achievement: 'IN_PROGRESS',
      discharges: 0,
      followUps: 0,
      moves: 0,
    });
  });

  it('a stale episode version answers the episode as it stands; intake may not discharge', async () => {
    const { episode } = await planningEpisode();
    const input = {
      episodeId: episode.id,
      version: episode.version + 1,
      dischargeType: 'COMPLETED',
      reason: 'Goals met',
      aftercarePlan,
      followUpCadence: 'WEEKLY',
    };
    const stale = await discharge(caseManager, input);
    expect(stale.data!.dischargeEpisode).toMatchObject({
      __typename: 'EpisodeConflict',
      current: { id: episode.id, status: 'DISCHARGE_PLANNING' },
    });
    const refused = await discharge(intake, { ...input, version: episode.version });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the summary is edited while unsigned, then signed and fixed', async () => {
    const { episode } = await planningEpisode();
    const res = await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'STEP_DOWN',
      reason: 'Stepping down to weekly outpatient.',
      aftercarePlan,
      followUpCadence: 'BIWEEKLY',
    });
    const d = res.data!.dischargeEpisode as { id: string; version: number };
    const SAVE = `mutation ($input: UpdateDischargeSummaryInput!) { updateDischargeSummary(input: $input) {
      __typename ... on Discharge { version summary { recommendations } summarySignedAt } } }`;
    const SIGN = `mutation ($input: SignDischargeSummaryInput!) { signDischargeSummary(input: $input) {
      __typename ... on Discharge { version summarySignedAt summarySignedBy { id } } ... on DischargeConflict { message } } }`;
    const unsignable = await caseManager.gql(SIGN, {
      input: { episodeId: episode.id, version: d.version },
    });
    expect(unsignable.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'summary.recommendations', message: expect.any(String) as unknown },
    ]);
    const saved = await caseManager.gql<{ updateDischargeSummary: { version: number } }>(SAVE, {
      input: {
        episodeId: episode.id,
        version: d.version,
        summary: { recommendations: 'Weekly outpatient group at Harbor Clinic.' },
      },
    });
    expect(saved.data!.updateDischargeSummary).toMatchObject({
      summary: { recommendations: 'Weekly outpatient group at Harbor Clinic.' },
    });
    const stale = await caseManager.gql<{ signDischargeSummary: { __typename: string } }>(SIGN, {
      input: { episodeId: episode.id, version: d.version },
    });
    expect(stale.data!.signDischargeSummary.__typename).toBe('DischargeConflict');
    const signed = await caseManager.gql<{
      signDischargeSummary: { summarySignedBy: { id: string } };
    }>(SIGN, {
      input: { episodeId: episode.id, version: saved.data!.updateDischargeSummary.version },
    });
    expect(signed.data!.signDischargeSummary.summarySignedBy.id).toBe(caseManagerStaff.id);
    const after = await caseManager.gql(SAVE, {
      input: { episodeId: episode.id, version: d.version + 2, summary: { recommendations: 'x' } },
    });
    expect(after.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});

describe('follow-up contacts', () => {
  async function discharged() {
    const { episode } = await planningEpisode();
    await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'COMPLETED',
      reason: 'Goals met',
      aftercarePlan,
      followUpCadence: 'WEEKLY',
    });
    const contacts = await ds.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM follow_up_contact WHERE episode_id = $1 ORDER BY due_on`,
      [episode.id],
    );
    return { episode, contacts };
  }

  it('a contact done by phone with a BAM stores the BAM as a scored measure of the episode', async () => {
    const { episode, contacts } = await discharged();
    const base = { episodeId: episode.id, followUpId: contacts[0]!.id, version: 1 };
    const noOutcome = await caseManager.gql(RECORD, {
      input: { ...base, status: 'DONE', method: 'PHONE' },
    });
    expect(noOutcome.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'outcome', message: expect.any(String) as unknown },
    ]);
    const badBam = await caseManager.gql(RECORD, {
      input: {
        ...base,
        status: 'DONE',
        method: 'PHONE',
        outcome: 'IN_RECOVERY',
        bamAnswers: { '1': 9 },
      },
    });
    expect(badBam.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((badBam.errors?.[0]?.extensions?.fields as { field: string }[])[0]!.field).toMatch(
      /^bamAnswers\./,
    );
    const res = await caseManager.gql<{ recordFollowUpContact: Record<string, unknown> }>(RECORD, {
      input: {
        ...base,
        status: 'DONE',
        method: 'PHONE',
        outcome: 'IN_RECOVERY',
        note: 'Going to meetings twice a week.',
        bamAnswers: bamAnswers(),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordFollowUpContact).toMatchObject({
      status: 'DONE',
      outcome: 'IN_RECOVERY',
      bam: { instrument: 'BAM', bamSubscales: { use: 3, risk: 6, protective: 9 } },
    });
    const rows = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM assessment WHERE episode_id = $1 AND instrument = 'BAM'`,
      [episode.id],
    );
    expect(rows[0]!.n).toBe(1);
    const stale = await caseManager.gql<{ recordFollowUpContact: { __typename: string } }>(RECORD, {
      input: { ...base, status: 'MISSED' },
    });
    expect(stale.data!.recordFollowUpContact.__typename).toBe('FollowUpContactConflict');
  });

  it('three unreached contacts in a row flag the client for outreach; reaching them clears it', async () => {
    const { episode, contacts } = await discharged();
    const flag = async () =>
      (
        await ds.query<{ flagged: boolean }[]>(
          `SELECT outreach_flagged_at IS NOT NULL AS flagged FROM discharge WHERE episode_id = $1`,
          [episode.id],
        )
      )[0]!.flagged;
    const record = (i: number, input: Record<string, unknown>) =>
      caseManager.gql(RECORD, {
        input: { episodeId: episode.id, followUpId: contacts[i]!.id, version: 1, ...input },
      });
    await record(0, { status: 'MISSED' });
    await record(1, { status: 'ATTEMPTED', method: 'PHONE', note: 'Voicemail' });
    expect(await flag()).toBe(false);
    await record(2, { status: 'MISSED' });
    expect(await flag()).toBe(true);
    await record(3, { status: 'DONE', method: 'VIDEO', outcome: 'USING' });
    expect(await flag()).toBe(false);
  });
});

describe('aftercare worklist', () => {
  it('lists the caller’s follow-ups due or overdue and unsigned summaries, nobody else’s', async () => {
    const { episode } = await planningEpisode();
    await discharge(caseManager, {
      episodeId: episode.id,
      version: episode.version,
      dischargeType: 'COMPLETED',
      reason: 'Goals met',
      aftercarePlan,
      followUpCadence: 'WEEKLY',
    });
    // The first contact fell due two days ago (moved back instead of waiting a week).
    await ds.query(
      `UPDATE follow_up_contact SET due_on = current_date - 2
       WHERE id = (SELECT id FROM follow_up_contact WHERE episode_id = $1 ORDER BY due_on LIMIT 1)`,
      [episode.id],
    );
    const WORK = `{ myAftercareWork { kind episodeId daysOverdue client { id } } }`;
    const mine = await caseManager.gql<{
      myAftercareWork: { kind: string; episodeId: string; daysOverdue: number }[];
    }>(WORK);
    const items = mine.data!.myAftercareWork.filter((i) => i.episodeId === episode.id);
    expect(items.map((i) => i.kind).sort()).toEqual(['FOLLOW_UP_DUE', 'SUMMARY_UNSIGNED']);
    expect(items.find((i) => i.kind === 'FOLLOW_UP_DUE')!.daysOverdue).toBeGreaterThanOrEqual(1);
    const other = await server.as(await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]));
    const theirs = await other.gql<{ myAftercareWork: { episodeId: string }[] }>(WORK);
    expect(theirs.data!.myAftercareWork.filter((i) => i.episodeId === episode.id)).toEqual([]);
  });
});
