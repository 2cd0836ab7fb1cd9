import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localDate } from '@waypoint/domain';
import type { Program } from '../modules/program/program.entity.js';
import type { Staff } from '../modules/staff/staff.entity.js';
import { conflictIn, saveAnswer } from '../test-support/save-result.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';

let server: TestServer;
let program: Program;
let clinicianStaff: Staff;
let clinician: Caller;

interface AuditRow {
  action: string;
  outcome: string;
  record_type: string;
  record_id: string | null;
  operation: string | null;
}

const auditOf = (requestId: string) =>
  server.database.dataSource.query<AuditRow[]>(
    `SELECT action, outcome, record_type, record_id, operation FROM audit_event
     WHERE request_id = $1 ORDER BY action, record_type`,
    [requestId],
  );

async function ok<T>(caller: Caller, query: string, variables?: Record<string, unknown>) {
  const res = await caller.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const CLIENT_FIELDS = 'id version phone email sobrietyDate dateOfBirth';
const UPDATE_CLIENT = `mutation ($input: UpdateClientInput!) {
  updateClient(input: $input) { ${saveAnswer('Client', CLIENT_FIELDS)} ... on ClientConflict { savedBy { id } } } }`;

const ROW =
  'SELECT version, phone, email, sobriety_date::text AS "sobrietyDate" FROM client WHERE id = $1';

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  program = await createTestProgram(ds);
  clinicianStaff = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
  clinician = await server.as(clinicianStaff);
});
afterAll(() => server?.close());

async function myClient() {
  return createTestClient(
    server.database.dataSource,
    { programId: program.id, primaryClinicianId: clinicianStaff.id },
    { phone: '555-0100', email: 'before@example.org', sobrietyDate: '2024-01-02' },
  );
}

describe('a stale save of a client', () => {
  it('answers a typed conflict whose current record is audited as one read, naming the operation, and changes nothing', async () => {
    const ds = server.database.dataSource;
    const { client } = await myClient();
    await ok(clinician, UPDATE_CLIENT, {
      input: { id: client.id, version: 1, phone: '555-0111' },
    });
    const before = await ds.query<unknown[]>(ROW, [client.id]);

    const stale = await clinician.gql(UPDATE_CLIENT, {
      input: { id: client.id, version: 1, email: 'mine@example.org', phone: '555-0199' },
    });
    expect(conflictIn(stale, 'updateClient')).toEqual({
      __typename: 'ClientConflict',
      message: 'Client was changed by someone else; review the current version',
      current: {
        id: client.id,
        version: 2,
        phone: '555-0111',
        email: 'before@example.org',
        sobrietyDate: '2024-01-02',
        dateOfBirth: client.dateOfBirth,
      },
      savedBy: { id: clinicianStaff.id },
    });
    expect(await ds.query(ROW, [client.id])).toEqual(before);
    expect(await auditOf(stale.requestId)).toEqual([
      {
        action: 'READ',
        outcome: 'SUCCESS',
        record_type: 'Client',
        record_id: client.id,
        operation: 'updateClient',
      },
    ]);
  });

  it('audits nothing when the conflict is answered without its current record', async () => {
    const { client } = await myClient();
    await ok(clinician, UPDATE_CLIENT, { input: { id: client.id, version: 1, phone: '555-0112' } });
    const stale = await clinician.gql<{ updateClient: { __typename: string } }>(
      `mutation ($input: UpdateClientInput!) {
        updateClient(input: $input) { __typename ... on ClientConflict { message } } }`,
      { input: { id: client.id, version: 1, phone: '555-0113' } },
    );
    expect(stale.data?.updateClient.__typename).toBe('ClientConflict');
    expect(await auditOf(stale.requestId)).toEqual([]);
  });

  it('reveals nothing of the current record to a caller who may no longer read it', async () => {
    const ds = server.database.dataSource;
    const { client, episode } = await myClient();
    const successor = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);

    // Someone else holds the row: the clinician's save passes its access check, then waits.
    const other = ds.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('SELECT 1 FROM client WHERE id = $1 FOR UPDATE', [client.id]);
    const saving = clinician.gql(UPDATE_CLIENT, {
      input: { id: client.id, version: 1, pronouns: 'they/them' },
    });
    await waitForLockWait('UPDATE "client"');
    // Meanwhile the other writer saves, and the client moves to another clinician's caseload.
    await other.query(
      `UPDATE client SET phone = '555-0777', email = 'secret@example.org', version = version + 1
       WHERE id = $1`,
      [client.id],
    );
    await other.query('UPDATE episode SET primary_clinician_id = $2 WHERE id = $1', [
      episode.id,
      successor.id,
    ]);
    await other.commitTransaction();
    await other.release();

    const res = await saving;
    expect(res.data).toEqual({
      updateClient: {
        __typename: 'ClientConflict',
        message: 'Client was changed by someone else; review the current version',
        current: null,
        savedBy: null,
      },
    });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['updateClient.current', 'FORBIDDEN'],
    ]);
    const body = JSON.stringify(res);
    for (const secret of ['555-0777', 'secret@example.org', client.dateOfBirth]) {
      expect(body).not.toContain(secret);
    }
    const audit = await auditOf(res.requestId);
    expect(audit.filter((r) => r.outcome === 'SUCCESS')).toEqual([]);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'READ', outcome: 'DENIED', operation: 'updateClient' }),
    ]);
    const [row] = await ds.query<{ pronouns: string | null }[]>(
      'SELECT pronouns FROM client WHERE id = $1',
      [client.id],
    );
    expect(row!.pronouns).toBeNull();
  });
});

/** Waits until a statement starting with `statement` is blocked on a row lock. */
async function waitForLockWait(statement: string) {
  const ds = server.database.dataSource;
  for (let i = 0; i < 200; i++) {
    const rows = await ds.query<unknown[]>(
      `SELECT 1 FROM pg_stat_activity
       WHERE wait_event_type = 'Lock' AND datname = current_database() AND query LIKE $1`,
      [`${statement}%`],
    );
    if (rows.length) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no statement waited on a lock: ${statement}`);
}

describe('a stale save of an episode', () => {
  const EPISODE_FIELDS =
    'id version status primaryClinician { id } orientationChecklist { doneAt }';
  const save = (name: string, inputType: string) =>
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${saveAnswer('Episode', EPISODE_FIELDS)} } }`;
  const EPISODE_ROW = `SELECT version, status, primary_clinician_id AS "primaryClinicianId",
    orientation, (SELECT count(*)::int FROM episode_transition t WHERE t.episode_id = e.id) AS moves
    FROM episode e WHERE id = $1`;

  it('answers the episode as it stands for a transition, the care team and the orientation, and changes nothing', async () => {
    const ds = server.database.dataSource;
    const { episode } = await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinicianStaff.id,
      status: 'ORIENTATION',
    });
    // Someone else saved first: the episode is at version 2.
    await ds.query('UPDATE episode SET version = 2 WHERE id = $1', [episode.id]);
    const before = await ds.query<unknown[]>(EPISODE_ROW, [episode.id]);
    const colleague = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    const attempts: [string, string, Record<string, unknown>][] = [
      ['transitionEpisode', 'TransitionEpisodeInput', { to: 'ACTIVE' }],
      ['assignCareTeam', 'AssignCareTeamInput', { primaryClinicianId: colleague.id }],
      ['updateOrientation', 'UpdateOrientationInput', { completedItems: [] }],
    ];
    for (const [name, inputType, input] of attempts) {
      const res = await clinician.gql(save(name, inputType), {
        input: { episodeId: episode.id, version: 1, ...input },
      });
      expect(conflictIn(res, name), name).toMatchObject({
        __typename: 'EpisodeConflict',
        current: { id: episode.id, version: 2, status: 'ORIENTATION' },
      });
      const audit = await auditOf(res.requestId);
      expect(
        audit.filter((r) => r.action !== 'READ'),
        name,
      ).toEqual([]);
      expect(
        audit.filter((r) => r.record_type === 'Episode'),
        name,
      ).toEqual([
        {
          action: 'READ',
          outcome: 'SUCCESS',
          record_type: 'Episode',
          record_id: episode.id,
          operation: name,
        },
      ]);
    }
    expect(await ds.query(EPISODE_ROW, [episode.id])).toEqual(before);
  });
});

describe('a stale save of a treatment plan', () => {
  const today = () => localDate(new Date(), program.timeZone);
  const PLAN_FIELDS = 'id version status signatures { signer } reviews { outcome }';
  const planSave = (name: string, inputType: string) =>
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${saveAnswer('TreatmentPlan', PLAN_FIELDS)} } }`;
  const GOAL_STATUS = `mutation ($input: SetGoalStatusInput!) { setGoalStatus(input: $input) {
    ${saveAnswer('PlanGoal', 'id version lifecycleStatus')} } }`;
  const REVIEW = `mutation ($input: ReviewPlanInput!) { reviewPlan(input: $input) {
    ${saveAnswer('ReviewPlanPayload', 'review { id }', {
      conflict: 'TreatmentPlanConflict',
      currentFields: PLAN_FIELDS,
    })} } }`;
  const add = async (name: string, inputType: string, input: Record<string, unknown>) =>
    (
      await ok<Record<string, { id: string }>>(
        clinician,
        `mutation ($input: ${inputType}!) { ${name}(input: $input) { id } }`,
        { input },
      )
    )[name]!.id;

  /** An ACTIVE plan (version 4 after submitting and two signatures) with one goal. */
  async function activePlan() {
    const ds = server.database.dataSource;
    const { episode } = await createTestClient(ds, {
      programId: program.id,
      primaryClinicianId: clinicianStaff.id,
    });
    const planId = (
      await ok<{ createTreatmentPlan: { id: string } }>(
        clinician,
        planSave('createTreatmentPlan', 'CreateTreatmentPlanInput'),
        { input: { episodeId: episode.id } },
      )
    ).createTreatmentPlan.id;
    const problemId = await add('addProblem', 'AddProblemInput', {
      planId,
      domain: 'SUBSTANCE_USE',
      clientWords: 'I want to stop.',
    });
    const goalId = await add('addGoal', 'AddGoalInput', {
      problemId,
      description: 'Stop',
      horizon: 'IMMEDIATE',
    });
    const objectiveId = await add('addObjective', 'AddObjectiveInput', {
      goalId,
      description: 'Fewer nights',
      measure: 'Nights ≤ 1',
      targetDate: addCalendarDays(today(), 30),
    });
    await add('addIntervention', 'AddInterventionInput', {
      objectiveId,
      modality: 'CBT',
      frequency: 'weekly',
    });
    const submit = planSave('submitPlanForSignature', 'PlanVersionInput');
    const sign = planSave('signPlan', 'SignPlanInput');
    await ok(clinician, submit, { input: { planId, version: 1 } });
    await ok(clinician, sign, {
      input: { planId, version: 2, signer: 'CLIENT', signedName: 'T. Client' },
    });
    const active = await ok<{ signPlan: { version: number; status: string } }>(clinician, sign, {
      input: { planId, version: 2, signer: 'CLINICIAN' },
    });
    expect(active.signPlan).toMatchObject({ status: 'ACTIVE' });
    return { planId, goalId, version: active.signPlan.version };
  }

  const snapshot = async (planId: string) =>
    server.database.dataSource.query<unknown[]>(
      `SELECT tp.version, tp.status, tp.last_reviewed_at,
         (SELECT count(*)::int FROM plan_signature s WHERE s.plan_id = tp.id) AS signatures,
         (SELECT count(*)::int FROM plan_review r WHERE r.plan_id = tp.id) AS reviews,
         (SELECT count(*)::int FROM treatment_plan o WHERE o.episode_id = tp.episode_id) AS versions,
         (SELECT json_agg(json_build_object('v', g.version, 's', g.lifecycle_status))
            FROM plan_goal g JOIN plan_problem p ON p.id = g.problem_id WHERE p.plan_id = tp.id) AS goals
       FROM treatment_plan tp WHERE tp.id = $1`,
      [planId],
    );

  it('answers the current plan or goal for statuses, signing and reviews, audited once, and changes nothing', async () => {
    const { planId, goalId, version } = await activePlan();
    await ok(clinician, GOAL_STATUS, {
      input: { goalId, version: 1, lifecycleStatus: 'ON_HOLD' },
    });
    const before = await snapshot(planId);

    const status = await clinician.gql(GOAL_STATUS, {
      input: { goalId, version: 1, lifecycleStatus: 'COMPLETED' },
    });
    expect(conflictIn(status, 'setGoalStatus')).toMatchObject({
      __typename: 'PlanGoalConflict',
      current: { id: goalId, version: 2, lifecycleStatus: 'ON_HOLD' },
    });

    const directorStaff = await createTestStaff(server.database.dataSource, [
      { programId: program.id, role: 'DIRECTOR' },
    ]);
    const director = await server.as(directorStaff);
    const signing = await director.gql(planSave('signPlan', 'SignPlanInput'), {
      input: { planId, version: version - 1, signer: 'SUPERVISOR' },
    });
    expect(conflictIn(signing, 'signPlan')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      current: { id: planId, version, status: 'ACTIVE', signatures: [{}, {}] },
    });

    const review = await clinician.gql(REVIEW, {
      input: { planId, version: version - 1, outcome: 'REVISED', note: 'Stale view.' },
    });
    expect(conflictIn(review, 'reviewPlan')).toMatchObject({
      __typename: 'TreatmentPlanConflict',
      current: { id: planId, version, reviews: [] },
    });

    for (const [res, recordType, recordId] of [
      [status, 'PlanGoal', goalId],
      [signing, 'TreatmentPlan', planId],
      [review, 'TreatmentPlan', planId],
    ] as const) {
      const audit = await auditOf(res.requestId);
      expect(audit.filter((r) => r.action !== 'READ')).toEqual([]);
      expect(audit.filter((r) => r.record_type === recordType)).toEqual([
        expect.objectContaining({ action: 'READ', outcome: 'SUCCESS', record_id: recordId }),
      ]);
    }
    expect(await snapshot(planId)).toEqual(before);
  });
});
