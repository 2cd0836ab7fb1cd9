import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import {
  BPS,
  asamAnswers,
  bornYearsAgo,
  clientInAssessment,
  recordAssessment,
  uniqueSurname,
} from '../../test-support/intake.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

let server: TestServer;
let ds: DataSource;
let adultId: string;
let teenId: string;
let intakeStaff: Staff;
let intake: Caller;
let clinicianStaff: Staff;
let clinician: Caller;
let teenClinicianStaff: Staff;
let directorStaff: Staff;
let director: Caller;
let outsider: Caller;
let outsiderStaff: Staff;

const EPISODE = `id version status levelOfCare authorizedLevelOfCare levelOfCareChangedAt ageOverrideReason
  levelOfCareHistory { clinicalLevel authorizedLevel levelChanged reason changedBy { id } }
  transitions { toStatus actorRole ageOverrideReason actor { id } }`;

interface EpisodeData {
  id: string;
  version: number;
  status: string;
  levelOfCare: string | null;
  ageOverrideReason: string | null;
  levelOfCareHistory: { clinicalLevel: string; levelChanged: boolean; changedBy: { id: string } }[];
  transitions: { toStatus: string; actorRole: string | null; ageOverrideReason: string | null }[];
}

const admit = (caller: Caller, episodeId: string, extra: Record<string, unknown> = {}) =>
  caller.gql<{ transitionEpisode: EpisodeData }>(
    `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { ... on Episode { ${EPISODE} } } }`,
    {
      input: {
        episodeId,
        version: 1,
        to: 'ORIENTATION',
        admissionDecision: { decision: 'ADMIT', rationale: 'Meets criteria for 2.1; motivated.' },
        ...extra,
      },
    },
  );

const statusOf = async (episodeId: string) =>
  (
    await ds.query<{ status: string }[]>('SELECT status FROM episode WHERE id = $1', [episodeId])
  )[0]!.status;

const deniedRows = (staffId: string, recordId: string) =>
  ds.query<{ action: string; record_type: string }[]>(
    `SELECT action, record_type FROM audit_event
     WHERE actor_staff_id = $1 AND record_id = $2 AND outcome = 'DENIED'`,
    [staffId, recordId],
  );

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  adultId = (await createTestProgram(ds)).id;
  teenId = (await createTestProgram(ds, { population: 'ADOLESCENT' })).id;
  intakeStaff = await createTestStaff(ds, [
    { programId: adultId, role: 'INTAKE' },
    { programId: teenId, role: 'INTAKE' },
  ]);
  intake = await server.as(intakeStaff);
  clinicianStaff = await createTestStaff(ds, [{ programId: adultId, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
  teenClinicianStaff = await createTestStaff(ds, [{ programId: teenId, role: 'CLINICIAN' }]);
  directorStaff = await createTestStaff(ds, [
    { programId: adultId, role: 'DIRECTOR' },
    { programId: teenId, role: 'DIRECTOR' },
  ]);
  director = await server.as(directorStaff);
  outsiderStaff = await createTestStaff(ds, [{ programId: teenId, role: 'CLINICIAN' }]);
  outsider = await server.as(outsiderStaff);
});
afterAll(() => server?.close());

describe('who may admit', () => {
  it('intake cannot admit: FORBIDDEN, audited as DENIED, and the episode stays in assessment', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
    });
    const res = await admit(intake, episode.id);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/clinical decision/);
    expect(await statusOf(episode.id)).toBe('ASSESSMENT');
    expect(await deniedRows(intakeStaff.id, episode.id)).toEqual([
      { action: 'UPDATE', record_type: 'Episode' },
    ]);
  });

  it('intake cannot record the ASAM recommendation; it records the bio-psycho-social summary', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
      bps: false,
      asamLevel: null,
    });
    const asam = await recordAssessment(intake, episode.id, 'ASAM', asamAnswers('2.1'));
    expect(asam.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await deniedRows(intakeStaff.id, episode.id)).toHaveLength(1);
    const [{ n }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM assessment WHERE episode_id = $1`,
      [episode.id],
    );
    expect(n).toBe(0);
    expect((await recordAssessment(intake, episode.id, 'INTAKE_BPS', BPS)).errors).toBeUndefined();
    // The web app is told the same: intake may neither record the ASAM nor decide.
    const view = await intake.gql<{
      episode: { admission: { mayDecideAdmission: boolean; mayRecordAsam: boolean } };
    }>(`query ($id: ID!) { episode(id: $id) { admission { mayDecideAdmission mayRecordAsam } } }`, {
      id: episode.id,
    });
    expect(view.data?.episode.admission).toEqual({
      mayDecideAdmission: false,
      mayRecordAsam: false,
    });
  });
});

describe('what admission needs', () => {
  it('is refused without a BPS and an ASAM on file, naming both', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
      bps: false,
      asamLevel: null,
    });
    const view = await clinician.gql<{
      episode: { admission: { mayDecideAdmission: boolean; problems: { requirement: string }[] } };
    }>(
      `query ($id: ID!) { episode(id: $id) { admission { mayDecideAdmission problems { requirement field message } } } }`,
      { id: episode.id },
    );
    expect(view.data?.episode.admission.mayDecideAdmission).toBe(true);
    expect(view.data?.episode.admission.problems.map((p) => p.requirement)).toEqual([
      'BIO_PSYCHO_SOCIAL',
      'ASAM',
    ]);
    const res = await admit(clinician, episode.id);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'ASSESSMENT',
      to: 'ORIENTATION',
      missing: ['assessments.INTAKE_BPS', 'assessments.ASAM'],
      rules: ['BIO_PSYCHO_SOCIAL', 'ASAM'],
    });
    expect(await statusOf(episode.id)).toBe('ASSESSMENT');
  });

  it('with both on file a clinician admits; the ASAM recommendation is the first level of care', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
      asamLevel: '2.5',
    });
    const res = await admit(clinician, episode.id);
    expect(res.errors).toBeUndefined();
    const ep = res.data!.transitionEpisode;
    expect(ep).toMatchObject({ status: 'ORIENTATION', levelOfCare: '2.5' });
    expect(ep.levelOfCareHistory).toEqual([
      {
        clinicalLevel: '2.5',
        authorizedLevel: null,
        levelChanged: true,
        reason: 'Admitted at the level the ASAM assessment recommends',
        changedBy: { id: clinicianStaff.id },
      },
    ]);
    expect(ep.transitions[0]).toMatchObject({ toStatus: 'ORIENTATION', actorRole: 'CLINICIAN' });
    const [row] = await ds.query<{ assessment_id: string | null }[]>(
      `SELECT l.assessment_id FROM level_of_care_change l JOIN assessment a ON a.id = l.assessment_id
       WHERE l.episode_id = $1 AND a.instrument = 'ASAM'`,
      [episode.id],
    );
    expect(row?.assessment_id).toBeTruthy();
  });
});

describe("the program's ages", () => {
  const inquiry = (caller: Caller, input: Record<string, unknown>) =>
    caller.gql<{ openInquiry: { id: string; ageOverrideReason: string | null } }>(
      `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id ageOverrideReason } }`,
      {
        input: {
          firstName: 'Age',
          lastName: uniqueSurname('Check'),
          ...input,
        },
      },
    );

  it('a 14-year-old cannot be opened into the adult program, nor a 56-year-old into the teen program', async () => {
    for (const [programId, years] of [
      [adultId, 14],
      [teenId, 56],
    ] as const) {
      const res = await inquiry(intake, { programId, dateOfBirth: bornYearsAgo(years) });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'PROGRAM_AGE_RANGE',
        fields: [{ field: 'dateOfBirth' }],
      });
      expect(res.errors?.[0]?.message).toMatch(/outside this program's population/);
    }
    expect(
      (await inquiry(intake, { programId: teenId, dateOfBirth: bornYearsAgo(15) })).errors,
    ).toBeUndefined();
  });

  it('only a director may override at inquiry, with a reason that is recorded and audited', async () => {
    const input = {
      programId: teenId,
      dateOfBirth: bornYearsAgo(18, 40),
      ageOverrideReason: 'Still in high school; the adult program cannot meet their needs.',
    };
    const byIntake = await inquiry(intake, input);
    expect(byIntake.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byDirector = await inquiry(director, input);
    expect(byDirector.errors).toBeUndefined();
    expect(byDirector.data?.openInquiry.ageOverrideReason).toBe(input.ageOverrideReason);
    const [audit] = await ds.query<{ note: string }[]>(
      `SELECT note FROM audit_event WHERE record_id = $1 AND action = 'CREATE'`,
      [byDirector.data!.openInquiry.id],
    );
    expect(audit?.note).toMatch(/age range overridden by a director/);
  });

  it('admission judges the age on the admission date, both ways; a director overrides with a reason', async () => {
    const tooYoung = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
      dateOfBirth: bornYearsAgo(14),
    });
    expect((await admit(clinician, tooYoung.episode.id)).errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      missing: ['ageOverrideReason'],
      rules: ['AGE_IN_PROGRAM_RANGE'],
    });
    // Turned 18 while waiting for a place in the teen program.
    const tooOld = await clientInAssessment(ds, {
      programId: teenId,
      clinicianId: teenClinicianStaff.id,
      dateOfBirth: bornYearsAgo(18),
    });
    const reason = 'Finishing the school year with this group; reviewed with the family.';
    const byClinician = await admit(await server.as(teenClinicianStaff), tooOld.episode.id, {
      ageOverrideReason: reason,
    });
    expect(byClinician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(tooOld.episode.id)).toBe('ASSESSMENT');
    const byDirector = await admit(director, tooOld.episode.id, { ageOverrideReason: reason });
    expect(byDirector.errors).toBeUndefined();
    expect(byDirector.data?.transitionEpisode).toMatchObject({
      status: 'ORIENTATION',
      ageOverrideReason: reason,
    });
    expect(byDirector.data?.transitionEpisode.transitions[0]).toMatchObject({
      actorRole: 'DIRECTOR',
      ageOverrideReason: reason,
    });
  });
});

describe('authorize before validating', () => {
  it('a bad recordAssessment on a chart outside scope is FORBIDDEN with a DENIED row, not BAD_USER_INPUT', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
    });
    const res = await recordAssessment(outsider, episode.id, 'ASAM', { d1: 9, nonsense: true });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await ds.query<{ record_type: string }[]>(
      `SELECT record_type FROM audit_event WHERE actor_staff_id = $1 AND outcome = 'DENIED' AND client_id = $2`,
      [outsiderStaff.id, episode.clientId],
    );
    expect(rows.map((r) => r.record_type)).toEqual(['Episode']);
  });

  it('the same holds for the other episode mutations', async () => {
    const { episode } = await clientInAssessment(ds, {
      programId: adultId,
      clinicianId: clinicianStaff.id,
    });
    const calls = [
      outsider.gql(
        `mutation ($input: UpdateOrientationInput!) { updateOrientation(input: $input) { ... on Episode { id } } }`,
        { input: { episodeId: episode.id, version: 1, completedItems: ['not-an-item'] } },
      ),
      outsider.gql(
        `mutation ($input: ChangeLevelOfCareInput!) { changeLevelOfCare(input: $input) { ... on Episode { id } } }`,
        {
          input: { episodeId: episode.id, version: 1, clinicalLevel: '9.9', reason: ' ' },
        },
      ),
      outsider.gql(
        `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { ... on Episode { id } } }`,
        { input: { episodeId: episode.id, version: 1, to: 'ORIENTATION' } },
      ),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
