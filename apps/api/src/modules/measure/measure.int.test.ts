import { addCalendarDays } from '@waypoint/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';

const ADMINISTER = /* GraphQL */ `
  mutation ($input: AdministerMeasureInput!) {
    administerMeasure(input: $input) {
      id
      instrument
      instrumentVersion
      scoreStatus
      totalScore
      severityBand
      flags
      totalLoinc
      bamSubscales {
        use
        risk
        protective
      }
    }
  }
`;
const FOLLOW_UP = /* GraphQL */ `
  mutation ($input: RecordSafetyFollowUpInput!) {
    recordSafetyFollowUp(input: $input) {
      id
      safetyFollowUp {
        riskLevel
        whoWasTold
        recordedBy {
          id
        }
      }
    }
  }
`;
const CHART = /* GraphQL */ `
  query ($id: ID!) {
    episode(id: $id) {
      openSafetyFlags {
        id
      }
      worklist {
        kind
      }
      measuresDue {
        instrument
        reason
      }
      measureTrends {
        instrument
        bands {
          band
          min
          max
        }
        points {
          totalScore
        }
        changeSinceIntake {
          first
          latest
          change
        }
      }
    }
  }
`;
const MY_WORKLIST = /* GraphQL */ `
  query {
    myWorklist {
      kind
      episode {
        id
      }
    }
  }
`;

const phq9 = (total: number, item9 = 0) => {
  const answers: Record<string, number> = {};
  let left = total - item9;
  for (let i = 1; i <= 8; i++) {
    answers[String(i)] = Math.min(3, left);
    left -= answers[String(i)]!;
  }
  return { ...answers, '9': item9 };
};

const clockOf = async (h: PlanHarness, episodeId: string) =>
  (
    await h.ds.query<{ reason: string; dueOn: string }[]>(
      `SELECT review_due_reason AS reason, review_due_on::text AS "dueOn" FROM episode WHERE id = $1`,
      [episodeId],
    )
  )[0]!;

describe('measures', () => {
  let h: PlanHarness;

  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  it('the server scores a PHQ-9 from its items, with version, band and LOINC', async () => {
    const episode = await h.newEpisode();
    const data = await ok<{ administerMeasure: Record<string, unknown> }>(h.clinician, ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'PHQ9', answers: phq9(15) },
    });
    expect(data.administerMeasure).toMatchObject({
      instrument: 'PHQ9',
      scoreStatus: 'COMPLETE',
      totalScore: 15,
      severityBand: 'MODERATELY_SEVERE',
      flags: [],
      totalLoinc: '44261-6',
    });
    expect(data.administerMeasure.instrumentVersion).toMatch(/PHQ-9/);
  });

  it('a BAM is scored into its three subscales; a skipped item leaves it incomplete', async () => {
    const episode = await h.newEpisode();
    const answers: Record<string, number> = {};
    for (const k of ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '13', '15', '16'])
      answers[k] = 1;
    answers['14'] = 4;
    const bam = await ok<{ administerMeasure: Record<string, unknown> }>(h.clinician, ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'BAM', answers },
    });
    expect(bam.administerMeasure).toMatchObject({
      scoreStatus: 'COMPLETE',
      totalScore: null,
      bamSubscales: { use: 3, risk: 6, protective: 9 },
    });
    const { '11': _skipped, ...partial } = answers;
    const incomplete = await ok<{ administerMeasure: Record<string, unknown> }>(
      h.clinician,
      ADMINISTER,
      {
        input: { episodeId: episode.id, instrument: 'BAM', answers: partial },
      },
    );
    expect(incomplete.administerMeasure).toMatchObject({
      scoreStatus: 'INCOMPLETE',
      bamSubscales: { use: null, risk: null, protective: null },
    });
  });

  it('answers outside an item’s range are refused by item, and nothing is stored', async () => {
    const episode = await h.newEpisode();
    const res = await h.clinician.gql(ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'BAM', answers: { '14': 2 } },
    });
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'answers.14', message: 'must be one of 0, 4' }],
    });
    const [{ n }] = await h.ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM assessment WHERE episode_id = $1`,
      [episode.id],
    );
    expect(n).toBe(0);
  });

  it('item 9 raises a safety flag on the chart and on top of Today; the follow-up clears it', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    expect((await clockOf(h, episodeId)).reason).toBe('INTERVAL');

    const given = await ok<{ administerMeasure: { id: string; flags: string[] } }>(
      h.clinician,
      ADMINISTER,
      {
        input: { episodeId, instrument: 'PHQ9', answers: phq9(6, 1) },
      },
    );
    expect(given.administerMeasure.flags).toEqual(['SAFETY']);
    // The review comes due today, and says why.
    expect(await clockOf(h, episodeId)).toMatchObject({ reason: 'PHQ9_SAFETY', dueOn: h.today() });

    const chart = await ok<{
      episode: { openSafetyFlags: { id: string }[]; worklist: { kind: string }[] };
    }>(h.clinician, CHART, { id: episodeId });
    expect(chart.episode.openSafetyFlags).toEqual([{ id: given.administerMeasure.id }]);
    expect(chart.episode.worklist[0]!.kind).toBe('SAFETY_FOLLOW_UP');
    const today = await ok<{ myWorklist: { kind: string; episode: { id: string } }[] }>(
      h.clinician,
      MY_WORKLIST,
    );
    expect(today.myWorklist[0]).toEqual({ kind: 'SAFETY_FOLLOW_UP', episode: { id: episodeId } });

    const incomplete = await h.clinician.gql(FOLLOW_UP, {
      input: {
        assessmentId: given.administerMeasure.id,
        riskLevel: 'LOW',
        riskAssessment: ' ',
        plan: 'x',
        whoWasTold: 'y',
      },
    });
    expect(errorOf(incomplete)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'riskAssessment' }],
    });

    const followed = await ok<{ recordSafetyFollowUp: { safetyFollowUp: { riskLevel: string } } }>(
      h.clinician,
      FOLLOW_UP,
      {
        input: {
          assessmentId: given.administerMeasure.id,
          riskLevel: 'LOW',
          riskAssessment: 'Passive thoughts, no plan or intent',
          plan: 'Safety plan reviewed; crisis line given',
          whoWasTold: 'Supervisor (director)',
        },
      },
    );
    expect(followed.recordSafetyFollowUp.safetyFollowUp.riskLevel).toBe('LOW');
    const after = await ok<{
      episode: { openSafetyFlags: unknown[]; worklist: { kind: string }[] };
    }>(h.clinician, CHART, { id: episodeId });
    expect(after.episode.openSafetyFlags).toEqual([]);
    expect(after.episode.worklist.map((w) => w.kind)).not.toContain('SAFETY_FOLLOW_UP');

    const twice = await h.clinician.gql(FOLLOW_UP, {
      input: {
        assessmentId: given.administerMeasure.id,
        riskLevel: 'LOW',
        riskAssessment: 'a',
        plan: 'b',
        whoWasTold: 'c',
      },
    });
    expect(errorOf(twice).code).toBe('CONFLICT');
  });

  it('a worse band than the last one moves the review clock; the trend shows the change since intake', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, ADMINISTER, {
      input: {
        episodeId,
        instrument: 'GAD7',
        answers: { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1, '7': 0 },
      },
    });
    expect((await clockOf(h, episodeId)).reason).toBe('INTERVAL');
    await ok(h.clinician, ADMINISTER, {
      input: {
        episodeId,
        instrument: 'GAD7',
        answers: { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 1, '7': 1 },
      },
    });
    expect(await clockOf(h, episodeId)).toMatchObject({
      reason: 'WORSENING_SEVERITY',
      dueOn: h.today(),
    });
    const chart = await ok<{ episode: { measureTrends: unknown[] } }>(h.clinician, CHART, {
      id: episodeId,
    });
    expect(chart.episode.measureTrends).toEqual([
      {
        instrument: 'GAD7',
        bands: [
          { band: 'MINIMAL', min: 0, max: 4 },
          { band: 'MILD', min: 5, max: 9 },
          { band: 'MODERATE', min: 10, max: 14 },
          { band: 'SEVERE', min: 15, max: 21 },
        ],
        points: [{ totalScore: 6 }, { totalScore: 12 }],
        changeSinceIntake: { first: 6, latest: 12, change: 6 },
      },
    ]);
  });

  it('measures not yet given this episode are due from admission, and show on Today when due', async () => {
    const episode = await h.newEpisode(); // admitted days ago by the factory
    const chart = await ok<{ episode: { measuresDue: { instrument: string; reason: string }[] } }>(
      h.clinician,
      CHART,
      { id: episode.id },
    );
    expect(chart.episode.measuresDue).toEqual([
      { instrument: 'PHQ9', reason: 'ADMISSION' },
      { instrument: 'GAD7', reason: 'ADMISSION' },
      { instrument: 'BAM', reason: 'ADMISSION' },
    ]);
  });

  it('a measure given is due again after the program’s own interval, which a director sets', async () => {
    const episode = await h.newEpisode();
    await ok(h.clinician, ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'PHQ9', answers: phq9(5) },
    });
    const nextPhq9 = async () =>
      (
        await ok<{
          episode: { measuresDue: { instrument: string; reason: string; dueDate: string }[] };
        }>(
          h.clinician,
          `query ($id: ID!) { episode(id: $id) { measuresDue { instrument reason dueDate } } }`,
          { id: episode.id },
        )
      ).episode.measuresDue.find((d) => d.instrument === 'PHQ9');
    expect(await nextPhq9()).toEqual({
      instrument: 'PHQ9',
      reason: 'INTERVAL',
      dueDate: addCalendarDays(h.today(), 30),
    });
    const [{ version }] = await h.ds.query<[{ version: number }]>(
      'SELECT version FROM program WHERE id = $1',
      [h.program.id],
    );
    const changed = await h.director.gql<{ updateProgramSettings: { __typename: string } }>(
      `mutation ($input: UpdateProgramSettingsInput!) {
         updateProgramSettings(input: $input) { __typename } }`,
      { input: { programId: h.program.id, version, measureIntervalDays: 14 } },
    );
    expect(changed.data?.updateProgramSettings.__typename).toBe('Program');
    expect((await nextPhq9())?.dueDate).toBe(addCalendarDays(h.today(), 14));
    const refused = await h.director.gql(
      `mutation ($input: UpdateProgramSettingsInput!) {
         updateProgramSettings(input: $input) { __typename } }`,
      { input: { programId: h.program.id, version: version + 1, measureIntervalDays: 400 } },
    );
    expect(JSON.stringify(errorOf(refused))).toContain('measureIntervalDays');
  });

  it('someone outside the care team, and a case manager, may not give a measure (audited as denied)', async () => {
    const episode = await h.newEpisode();
    const other = await createTestProgram(h.ds);
    const outsider = await h.server.as(
      await createTestStaff(h.ds, [{ programId: other.id, role: 'CLINICIAN' }]),
    );
    const res = await outsider.gql(ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'PHQ9', answers: { '1': 9 } },
    });
    expect(errorOf(res).code).toBe('FORBIDDEN'); // not BAD_USER_INPUT: authorised first
    const cmStaff = await createTestStaff(h.ds, [
      { programId: h.program.id, role: 'CASE_MANAGER' },
    ]);
    const { episode: managed } = await createTestClient(h.ds, {
      programId: h.program.id,
      primaryClinicianId: h.clinicianStaff.id,
      caseManagerId: cmStaff.id,
    });
    const cm = await h.server.as(cmStaff);
    const denied = await cm.gql(ADMINISTER, {
      input: { episodeId: managed.id, instrument: 'PHQ9', answers: phq9(3) },
    });
    expect(errorOf(denied).code).toBe('FORBIDDEN');
    const rows = await h.ds.query<{ outcome: string }[]>(
      `SELECT outcome FROM audit_event WHERE request_id = $1`,
      [denied.requestId],
    );
    expect(rows.map((r) => r.outcome)).toContain('DENIED');
  });

  it('every read and write of a measure is audited', async () => {
    const episode = await h.newEpisode();
    const given = await h.clinician.gql<{ administerMeasure: { id: string } }>(ADMINISTER, {
      input: { episodeId: episode.id, instrument: 'PHQ9', answers: phq9(4, 1) },
    });
    const id = given.data!.administerMeasure.id;
    const written = await h.ds.query<{ action: string; record_type: string }[]>(
      `SELECT action, record_type FROM audit_event WHERE request_id = $1 AND record_id = $2`,
      [given.requestId, id],
    );
    expect(written).toEqual([{ action: 'CREATE', record_type: 'Assessment' }]);
    const read = await h.clinician.gql(CHART, { id: episode.id });
    const reads = await h.ds.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE request_id = $1 AND record_id = $2`,
      [read.requestId, id],
    );
    expect(reads.map((r) => r.action)).toContain('READ');
  });
});
