import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIENTATION_ITEMS } from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { BPS, asamAnswers, recordAssessment, uniqueSurname } from '../../test-support/intake.js';
import { conflictIn, saveAnswer } from '../../test-support/save-result.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

let server: TestServer;
let programId: string;
let intake: Caller;
let clinicianStaff: Staff;
let clinician: Caller;
let director: Caller;

const EPISODE = `id version status admittedAt admissionDecision admissionRationale
  primaryClinician { id } availableTransitions { to admissionDecision reasonRequired }
  transitions { fromStatus toStatus reason admissionDecision actor { id } }
  orientationChecklist { key doneAt }`;

interface EpisodeData {
  __typename: 'Episode' | 'EpisodeConflict';
  id: string;
  version: number;
  status: string;
  admittedAt: string | null;
  admissionDecision: string | null;
  primaryClinician: { id: string } | null;
  availableTransitions: { to: string }[];
  transitions: {
    fromStatus: string;
    toStatus: string;
    reason: string | null;
    actor: { id: string };
  }[];
}

const move = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ transitionEpisode: EpisodeData }>(
    `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { ${saveAnswer('Episode', EPISODE)} } }`,
    { input },
  );

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  intake = await server.as(await createTestStaff(ds, [{ programId, role: 'INTAKE' }]));
  clinicianStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
});
afterAll(() => server?.close());

async function openInquiry(): Promise<EpisodeData> {
  const res = await intake.gql<{ openInquiry: EpisodeData }>(
    `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { ${EPISODE} } }`,
    {
      input: {
        programId,
        firstName: 'Marlowe',
        lastName: uniqueSurname('Inquiry'),
        dateOfBirth: '1988-03-14',
        referralSource: 'Primary care physician',
      },
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.openInquiry;
}

const ASAM = asamAnswers();

describe('episode lifecycle', () => {
  it('intake prepares, a clinician admits; the decision, the dates and every move are recorded', async () => {
    let ep = await openInquiry();
    expect(ep.status).toBe('INQUIRY');
    for (const to of ['SCREENING', 'ASSESSMENT']) {
      const res = await move(intake, { episodeId: ep.id, version: ep.version, to });
      expect(res.errors).toBeUndefined();
      ep = res.data!.transitionEpisode;
    }
    expect(ep.availableTransitions.map((t) => t.to)).toContain('ORIENTATION');
    // Intake records the bio-psycho-social summary and assigns the assessing clinician.
    expect((await recordAssessment(intake, ep.id, 'INTAKE_BPS', BPS)).errors).toBeUndefined();
    const assigned = await intake.gql<{ assignCareTeam: { version: number } }>(
      `mutation ($input: AssignCareTeamInput!) { assignCareTeam(input: $input) { ... on Episode { version } } }`,
      { input: { episodeId: ep.id, version: ep.version, primaryClinicianId: clinicianStaff.id } },
    );
    expect(assigned.errors).toBeUndefined();
    expect((await recordAssessment(clinician, ep.id, 'ASAM', ASAM)).errors).toBeUndefined();
    const admitted = await move(clinician, {
      episodeId: ep.id,
      version: assigned.data!.assignCareTeam.version,
      to: 'ORIENTATION',
      admissionDecision: {
        decision: 'ADMIT',
        rationale: 'Needs more than weekly care; stable housing; motivated.',
      },
    });
    expect(admitted.errors).toBeUndefined();
    ep = admitted.data!.transitionEpisode;
    expect(ep).toMatchObject({
      status: 'ORIENTATION',
      admissionDecision: 'ADMIT',
      primaryClinician: { id: clinicianStaff.id },
    });
    expect(ep.admittedAt).not.toBeNull();
    // The admitting clinician keeps the chart and sees every move.
    expect(ep.transitions).toHaveLength(3);
    // Intake's access ends at admission: the chart is now clinical.
    const after = await intake.gql(`query ($id: ID!) { episode(id: $id) { id } }`, { id: ep.id });
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await clinician.gql<{ episode: EpisodeData }>(
      `query ($id: ID!) { episode(id: $id) { ${EPISODE} } }`,
      { id: ep.id },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.episode.transitions.map((t) => `${t.fromStatus}→${t.toStatus}`)).toEqual([
      'ASSESSMENT→ORIENTATION',
      'SCREENING→ASSESSMENT',
      'INQUIRY→SCREENING',
    ]);
  });

  it('an invalid move is refused naming the current and requested state', async () => {
    const ep = await openInquiry();
    const res = await move(intake, { episodeId: ep.id, version: ep.version, to: 'ACTIVE' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'INQUIRY',
      to: 'ACTIVE',
    });
    expect(res.errors?.[0]?.message).toMatch(/from Inquiry to Active/);
  });

  it('admission needs an ADMIT decision with a rationale, and a primary clinician of the program', async () => {
    let ep = await openInquiry();
    for (const to of ['SCREENING', 'ASSESSMENT']) {
      ep = (await move(intake, { episodeId: ep.id, version: ep.version, to })).data!
        .transitionEpisode;
    }
    // The decision is a director's or clinician's to make.
    const noDecision = await move(director, {
      episodeId: ep.id,
      version: ep.version,
      to: 'ORIENTATION',
      primaryClinicianId: clinicianStaff.id,
    });
    expect(noDecision.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      missing: ['admissionDecision'],
    });
    const wrongDecision = await move(director, {
      episodeId: ep.id,
      version: ep.version,
      to: 'ORIENTATION',
      primaryClinicianId: clinicianStaff.id,
      admissionDecision: { decision: 'WAITLIST', rationale: 'No place this week' },
    });
    expect(wrongDecision.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const noClinician = await move(director, {
      episodeId: ep.id,
      version: ep.version,
      to: 'ORIENTATION',
      admissionDecision: { decision: 'ADMIT', rationale: 'Good fit' },
    });
    expect(noClinician.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'primaryClinicianId', message: 'is required to admit a client' }],
    });
    const notAClinician = await move(director, {
      episodeId: ep.id,
      version: ep.version,
      to: 'ORIENTATION',
      primaryClinicianId: (
        await createTestStaff(server.database.dataSource, [{ programId, role: 'INTAKE' }])
      ).id,
      admissionDecision: { decision: 'ADMIT', rationale: 'Good fit' },
    });
    expect(notAClinician.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await server.database.dataSource.query<{ status: string }[]>(
      'SELECT status FROM episode WHERE id = $1',
      [ep.id],
    );
    expect(row!.status).toBe('ASSESSMENT');
  });

  it('treatment starts only when orientation is complete', async () => {
    const ds = server.database.dataSource;
    const { episode } = await createTestClient(ds, {
      programId,
      status: 'ORIENTATION',
      primaryClinicianId: clinicianStaff.id,
    });
    const refused = await move(clinician, { episodeId: episode.id, version: 1, to: 'ACTIVE' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'ORIENTATION',
      to: 'ACTIVE',
    });
    expect((refused.errors![0]!.extensions!.missing as string[]).length).toBe(
      ORIENTATION_ITEMS.length,
    );
    const checklist = await clinician.gql<{
      updateOrientation: { version: number; orientationChecklist: { doneAt: string | null }[] };
    }>(
      `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { ... on Episode { version orientationChecklist { doneAt } } } }`,
      {
        input: {
          episodeId: episode.id,
          version: 1,
          completedItems: ORIENTATION_ITEMS.map((i) => i.key),
        },
      },
    );
    expect(checklist.data!.updateOrientation.orientationChecklist.every((i) => i.doneAt)).toBe(
      true,
    );
    const started = await move(clinician, {
      episodeId: episode.id,
      version: checklist.data!.updateOrientation.version,
      to: 'ACTIVE',
    });
    expect(started.data?.transitionEpisode.status).toBe('ACTIVE');
  });

  it('a stale version is refused with a conflict carrying the current episode', async () => {
    const ep = await openInquiry();
    await move(intake, { episodeId: ep.id, version: ep.version, to: 'SCREENING' });
    const stale = await move(intake, { episodeId: ep.id, version: ep.version, to: 'SCREENING' });
    expect(conflictIn(stale, 'transitionEpisode')).toMatchObject({
      __typename: 'EpisodeConflict',
      current: { id: ep.id, status: 'SCREENING', version: ep.version + 1 },
    });
    const races = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        move(intake, { episodeId: ep.id, version: ep.version + 1, to: 'ASSESSMENT' }),
      ),
    );
    const answered = (typename: string) =>
      races.filter((r) => r.data?.transitionEpisode.__typename === typename).length;
    expect(answered('Episode')).toBe(1);
    // The losers read the episode either before the winner committed (the UPDATE's guard refuses
    // them) or after (the version check does): a conflict either way.
    expect(answered('EpisodeConflict')).toBe(4);
    const [{ n }] = await server.database.dataSource.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM episode_transition WHERE episode_id = $1 AND to_status = 'ASSESSMENT'`,
      [ep.id],
    );
    expect(n).toBe(1);
  });

  it('a side exit needs a reason', async () => {
    const ep = await openInquiry();
    const res = await move(intake, { episodeId: ep.id, version: ep.version, to: 'LOST_CONTACT' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      missing: ['reason'],
    });
    const ok = await move(intake, {
      episodeId: ep.id,
      version: ep.version,
      to: 'LOST_CONTACT',
      reason: 'Three calls, no answer',
    });
    expect(ok.data?.transitionEpisode.transitions[0]).toMatchObject({
      toStatus: 'LOST_CONTACT',
      reason: 'Three calls, no answer',
    });
  });

  it('a clinician cannot open inquiries; intake and directors can', async () => {
    const input = {
      programId,
      firstName: 'Ada',
      lastName: uniqueSurname('Nope'),
      dateOfBirth: '1990-01-01',
    };
    const res = await clinician.gql(
      `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id } }`,
      { input },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await director.gql(
      `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id } }`,
      { input },
    );
    expect(ok.errors).toBeUndefined();
  });
});

describe('intake assessment', () => {
  it('intake records the bio-psycho-social summary; a director the six ASAM dimensions and a level; bad ratings name the dimension', async () => {
    const ep = await openInquiry();
    const bps = await recordAssessment(intake, ep.id, 'INTAKE_BPS', BPS);
    expect(bps.errors).toBeUndefined();
    const byIntake = await recordAssessment(intake, ep.id, 'ASAM', ASAM);
    expect(byIntake.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await recordAssessment(director, ep.id, 'ASAM', { ...ASAM, d2: 7 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'answers.d2', message: 'must be a whole number from 0 to 4' }],
    });
    const asam = await recordAssessment(director, ep.id, 'ASAM', ASAM);
    expect(asam.errors).toBeUndefined();
    const read = await intake.gql<{ episode: { assessments: { instrument: string }[] } }>(
      `query ($id: ID!) { episode(id: $id) { assessments { instrument } } }`,
      { id: ep.id },
    );
    expect(read.data!.episode.assessments.map((a) => a.instrument)).toEqual(['ASAM', 'INTAKE_BPS']);
  });
});
