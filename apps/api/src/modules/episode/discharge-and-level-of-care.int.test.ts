import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { EpisodeStatus } from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

let server: TestServer;
let ds: DataSource;
let programId: string;
let clinicianStaff: Staff;
let clinician: Caller;
let caseManager: Caller;
let caseManagerStaff: Staff;

const EPISODE = `id version status dischargeType dischargeReason dischargedAt
  levelOfCare authorizedLevelOfCare levelOfCareChangedAt
  availableTransitions { to dischargeTypes }
  transitions { toStatus reason dischargeType }
  levelOfCareHistory { clinicalLevel authorizedLevel levelChanged reason changedAt changedBy { id } }`;

interface EpisodeData {
  id: string;
  version: number;
  status: string;
  dischargeType: string | null;
  dischargeReason: string | null;
  dischargedAt: string | null;
  levelOfCare: string | null;
  authorizedLevelOfCare: string | null;
  levelOfCareChangedAt: string | null;
  availableTransitions: { to: string; dischargeTypes: string[] }[];
  transitions: { toStatus: string; reason: string | null; dischargeType: string | null }[];
  levelOfCareHistory: {
    clinicalLevel: string;
    authorizedLevel: string | null;
    levelChanged: boolean;
    reason: string;
    changedAt: string;
    changedBy: { id: string };
  }[];
}

const move = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ transitionEpisode: EpisodeData }>(
    `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { ... on Episode { ${EPISODE} } } }`,
    { input },
  );

const changeLevel = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ changeLevelOfCare: EpisodeData }>(
    `mutation ($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { ... on Episode { ${EPISODE} } } }`,
    { input },
  );

async function episodeIn(status: EpisodeStatus) {
  const { episode } = await createTestClient(ds, {
    programId,
    status,
    primaryClinicianId: clinicianStaff.id,
  });
  return episode;
}

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  clinicianStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  caseManagerStaff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
  caseManager = await server.as(caseManagerStaff);
});
afterAll(() => server?.close());

const discharge = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ dischargeEpisode: { __typename: string } }>(
    `mutation ($input: DischargeEpisodeInput!) { dischargeEpisode(input: $input) { __typename } }`,
    { input },
  );

const readEpisode = async (id: string) =>
  (
    await clinician.gql<{ episode: EpisodeData }>(
      `query ($id: ID!) { episode(id: $id) { ${EPISODE} } }`,
      { id },
    )
  ).data!.episode;

const attemptedContact = {
  attemptedAt: '2026-03-02T15:00:00Z',
  method: 'PHONE',
  note: 'Called twice; voicemail left with the crisis line number.',
};

describe('discharge', () => {
  it('ending treatment requires a discharge type and a reason, stored on the episode and the move', async () => {
    const episode = await episodeIn('DISCHARGE_PLANNING');
    const base = { episodeId: episode.id, version: 1, to: 'DISCHARGED' };
    const noType = await move(clinician, { ...base, reason: 'Goals met' });
    expect(noType.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      missing: ['dischargeType'],
    });
    const noReason = await move(clinician, { ...base, dischargeType: 'COMPLETED' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ missing: ['reason'] });
    const transfer = await move(clinician, { ...base, dischargeType: 'TRANSFER', reason: 'x' });
    expect(transfer.errors?.[0]?.extensions).toMatchObject({ missing: ['dischargeType'] });
    const done = await discharge(clinician, {
      episodeId: episode.id,
      version: 1,
      dischargeType: 'COMPLETED',
      reason: ' Goals met; stepping into aftercare groups. ',
      aftercarePlan: {
        triggers: ['Friday nights alone'],
        copingSteps: ['Call my sponsor'],
        crisisPlan: 'Call 988.',
        crisisContacts: [{ name: 'Sponsor (Dee)', phone: '555-0102' }],
        mutualSupportMeetings: [],
        medicationContinuity: '',
        referralIds: [],
      },
      followUpCadence: 'BIWEEKLY',
    });
    expect(done.errors).toBeUndefined();
    const after = await readEpisode(episode.id);
    expect(after).toMatchObject({
      status: 'DISCHARGED',
      dischargeType: 'COMPLETED',
      dischargeReason: 'Goals met; stepping into aftercare groups.',
    });
    expect(after.transitions[0]).toMatchObject({
      toStatus: 'DISCHARGED',
      dischargeType: 'COMPLETED',
      reason: 'Goals met; stepping into aftercare groups.',
    });
  });

  it('Rule 6 on the generic move: DISCHARGED without an aftercare plan and follow-ups is refused and changes nothing', async () => {
    const episode = await episodeIn('DISCHARGE_PLANNING');
    for (const type of ['COMPLETED', 'STEP_DOWN', 'STEP_UP', 'ADMINISTRATIVE']) {
      const res = await move(clinician, {
        episodeId: episode.id,
        version: 1,
        to: 'DISCHARGED',
        dischargeType: type,
        reason: 'Goals met',
      });
      const planned = type !== 'ADMINISTRATIVE';
      expect(res.errors?.[0]?.message, type).toMatch(
        /^Rule 6: discharge through the discharge form/,
      );
      expect(res.errors?.[0]?.extensions, type).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'DISCHARGE_PLANNING',
        to: 'DISCHARGED',
        missing: [planned ? 'aftercarePlan' : 'attemptedContact'],
      });
    }
    const [row] = await ds.query<
      { status: string; version: number; moves: number; audits: number }[]
    >(
      `SELECT e.status, e.version,
         (SELECT count(*)::int FROM episode_transition t WHERE t.episode_id = e.id) AS moves,
         (SELECT count(*)::int FROM audit_event a WHERE a.record_id = e.id::text AND a.action = 'UPDATE' AND a.outcome = 'SUCCESS') AS audits
       FROM episode e WHERE e.id = $1`,
      [episode.id],
    );
    expect(row).toEqual({ status: 'DISCHARGE_PLANNING', version: 1, moves: 0, audits: 0 });
  });

  it('orientation and active end by AMA or lost contact directly, never by a planned type', async () => {
    for (const [status, type] of [
      ['ORIENTATION', 'AMA'],
      ['ACTIVE', 'AMA'],
      ['ACTIVE', 'LOST_CONTACT'],
      ['ON_HOLD', 'LOST_CONTACT'],
    ] as const) {
      const episode = await episodeIn(status);
      const planned = await move(clinician, {
        episodeId: episode.id,
        version: 1,
        to: 'DISCHARGED',
        dischargeType: 'COMPLETED',
        reason: 'Done',
      });
      expect(planned.errors?.[0]?.extensions?.code, status).toBe('INVALID_TRANSITION');
      const input = {
        episodeId: episode.id,
        version: 1,
        dischargeType: type,
        reason: 'Left the group mid-session and did not return calls.',
      };
      // Rule 6: the client left, so the chart must show the attempt to reach them.
      const generic = await move(clinician, { ...input, to: 'DISCHARGED' });
      expect(generic.errors?.[0]?.extensions, `${status} ${type}`).toMatchObject({
        code: 'INVALID_TRANSITION',
        missing: ['attemptedContact'],
      });
      const res = await discharge(clinician, { ...input, attemptedContact });
      expect(res.errors, `${status} ${type}`).toBeUndefined();
      const after = await readEpisode(episode.id);
      expect(after).toMatchObject({ status: 'DISCHARGED', dischargeType: type });
      expect(after.dischargedAt).toBeTruthy();
    }
  });

  it('the moves offered say which discharge types each takes', async () => {
    const episode = await episodeIn('ACTIVE');
    const res = await clinician.gql<{ episode: EpisodeData }>(
      `query ($id: ID!) { episode(id: $id) { availableTransitions { to dischargeTypes } } }`,
      { id: episode.id },
    );
    expect(res.data?.episode.availableTransitions).toEqual([
      { to: 'ON_HOLD', dischargeTypes: [] },
      { to: 'DISCHARGE_PLANNING', dischargeTypes: [] },
      { to: 'DISCHARGED', dischargeTypes: ['AMA', 'LOST_CONTACT'] },
      { to: 'TRANSFERRED', dischargeTypes: ['TRANSFER'] },
    ]);
  });
});

describe('level of care', () => {
  it('is changed by a clinician with a reason, kept as history; a re-save of the same level is not a change', async () => {
    const episode = await episodeIn('ACTIVE');
    const first = await changeLevel(clinician, {
      episodeId: episode.id,
      version: 1,
      clinicalLevel: '2.1',
      authorizedLevel: '2.1',
      reason: 'Authorization received for IOP.',
    });
    expect(first.errors).toBeUndefined();
    const changedAt = first.data!.changeLevelOfCare.levelOfCareChangedAt;
    expect(changedAt).toBeTruthy();

    const resave = await changeLevel(clinician, {
      episodeId: episode.id,
      version: first.data!.changeLevelOfCare.version,
      clinicalLevel: '2.1',
      authorizedLevel: '2.1',
      reason: 'Authorization renewed for 30 days.',
    });
    expect(resave.errors).toBeUndefined();
    expect(resave.data!.changeLevelOfCare.levelOfCareChangedAt).toBe(changedAt);

    const stepUp = await changeLevel(clinician, {
      episodeId: episode.id,
      version: resave.data!.changeLevelOfCare.version,
      clinicalLevel: '2.5',
      authorizedLevel: '2.1',
      reason: 'Relapse; daily structure needed. Payer review pending.',
    });
    expect(stepUp.errors).toBeUndefined();
    const ep = stepUp.data!.changeLevelOfCare;
    expect(ep).toMatchObject({ levelOfCare: '2.5', authorizedLevelOfCare: '2.1' });
    expect(ep.levelOfCareChangedAt! > changedAt!).toBe(true);
    expect(
      ep.levelOfCareHistory.map((h) => [h.clinicalLevel, h.authorizedLevel, h.levelChanged]),
    ).toEqual([
      ['2.5', '2.1', true],
      ['2.1', '2.1', false],
      ['2.1', '2.1', true],
    ]);
    expect(ep.levelOfCareHistory[0]).toMatchObject({
      reason: 'Relapse; daily structure needed. Payer review pending.',
      changedBy: { id: clinicianStaff.id },
      changedAt: ep.levelOfCareChangedAt,
    });
    // The review clock's trigger list holds only the real changes.
    const triggers = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM level_of_care_change WHERE episode_id = $1 AND level_changed`,
      [episode.id],
    );
    expect(triggers[0]!.n).toBe(2);
  });

  it('is a clinical decision, checked before the input; and needs an ASAM level and a reason', async () => {
    const { episode } = await createTestClient(ds, {
      programId,
      status: 'ACTIVE',
      primaryClinicianId: clinicianStaff.id,
    });
    await ds.query(`UPDATE episode SET case_manager_id = $1 WHERE id = $2`, [
      caseManagerStaff.id,
      episode.id,
    ]);
    const byCaseManager = await changeLevel(caseManager, {
      episodeId: episode.id,
      version: 1,
      clinicalLevel: 'nonsense',
      reason: '',
    });
    expect(byCaseManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await changeLevel(clinician, {
      episodeId: episode.id,
      version: 1,
      clinicalLevel: '2.2',
      authorizedLevel: 'x',
      reason: '  ',
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'clinicalLevel', message: 'must be an ASAM level of care' },
        { field: 'authorizedLevel', message: 'must be an ASAM level of care' },
        { field: 'reason', message: 'is required' },
      ],
    });
  });

  it('changes only while the episode is in treatment', async () => {
    const episode = await episodeIn('DISCHARGED');
    const res = await changeLevel(clinician, {
      episodeId: episode.id,
      version: 1,
      clinicalLevel: '1.0',
      reason: 'Step down',
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
