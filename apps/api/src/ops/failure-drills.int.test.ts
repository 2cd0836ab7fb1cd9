import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { findEpisodeTransition } from '@waypoint/domain';
import {
  createGroupSession,
  createTestGroup,
  enrol,
} from '../modules/attendance/attendance-fixtures.js';
import { verifyAuditChain } from '../modules/audit/audit-chain.js';
import { DISCHARGE_MUTATION, dischargeInput } from '../test-support/discharge-input.js';
import { mutation, planHarness, type PlanHarness } from '../test-support/plan-harness.js';
import {
  eventually,
  post,
  startReplica,
  untilReady,
  type Replica,
} from '../test-support/replica-process.js';

/**
 * Faults a clinic will meet, on the built API in its own process: the process killed in the
 * middle of a mutation. (PostgreSQL stopped under load is drilled in postgres-stop-drill.int.test.ts;
 * pool exhaustion — a clear SERVICE_UNAVAILABLE after DATABASE_POOL_WAIT_MS — is proven in
 * http/bounded-work.int.test.ts.)
 */

const SIGN = mutation('signPlan', 'SignPlanInput', 'id version status');
const RECORD_ATTENDANCE = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { __typename }
}`;

describe('kill -9 of the API in the middle of a multi-statement mutation', () => {
  let h: PlanHarness;
  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(() => h?.server.close());

  const replica = async () =>
    untilReady(
      await startReplica({
        appUrl: inject('appDatabaseUrl'),
        ownerUrl: inject('databaseUrl'),
        env: { JOBS: 'off' },
      }),
    );

  /**
   * Sends `send` to a replica while the audit trail is locked, so the mutation's transaction
   * stops at its audit INSERT with its other writes (to `wrote`) made; kills the process there
   * (SIGKILL: no shutdown code runs), then lets the database go on.
   */
  async function killMidway(send: (replica: Replica) => Promise<unknown>, wrote: string[]) {
    const api = await replica();
    const locker = new pg.Client({ connectionString: inject('databaseUrl') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_event IN SHARE MODE');
      const answer = send(api).then(
        () => 'answered',
        () => 'cut off',
      );
      await eventually(
        `the mutation waits with its writes to ${wrote.join(' or ')} made`,
        async () => {
          const { rows } = await locker.query(
            `SELECT 1 FROM pg_locks w
           WHERE NOT w.granted AND w.relation = 'audit_event'::regclass
             AND EXISTS (SELECT 1 FROM pg_locks h WHERE h.pid = w.pid AND h.granted
                           AND h.relation = ANY($1::regclass[]) AND h.mode = 'RowExclusiveLock')`,
            [wrote],
          );
          return rows.length > 0;
        },
      );
      await api.kill9();
      expect(await answer).toBe('cut off');
    } finally {
      await api.kill9();
      await locker.query('ROLLBACK');
      await locker.end();
    }
  }

  const eventsOf = (correlationId: string) =>
    h.ds.query<{ action: string; record_type: string; outcome: string }[]>(
      `SELECT action, record_type, outcome FROM audit_event WHERE correlation_id = $1`,
      [correlationId],
    );
  /** The whole plan row, so any change to it shows. */
  const planState = async (planId: string) =>
    (
      await h.ds.query<{ status: string; version: number; row: unknown }[]>(
        `SELECT status, version, to_jsonb(p) AS row FROM treatment_plan p WHERE id = $1`,
        [planId],
      )
    )[0]!;

  it('signing a plan into effect: nothing of it after the crash, all of it after a restart', async () => {
    const { plan } = await h.signableDraft();
    await h.submit(plan.id);
    await h.clinician.gql(SIGN, {
      input: {
        planId: plan.id,
        version: await h.planVersion(plan.id),
        signer: 'CLIENT',
        signedName: 'T C',
      },
    });
    const before = await planState(plan.id);
    const sign = (api: Replica, correlationId: string) =>
      post<{ signPlan: { status: string } }>(
        api.url,
        SIGN,
        { input: { planId: plan.id, version: before.version, signer: 'CLINICIAN' } },
        { cookie: h.clinician.cookie!, 'x-request-id': correlationId },
      );

    const crashed = `drill-${randomUUID()}`;
    await killMidway((api) => sign(api, crashed), ['plan_signature']);
    expect(await planState(plan.id)).toEqual(before);
    expect(await eventsOf(crashed)).toEqual([]);

    const api = await replica();
    try {
      const retried = `drill-${randomUUID()}`;
      const answer = await sign(api, retried);
      expect(answer.body.errors).toBeUndefined();
      const after = await planState(plan.id);
      expect(after.status).toBe('ACTIVE');
      expect(after.version).toBeGreaterThan(before.version);
      expect(await eventsOf(retried)).toContainEqual({
        action: 'UPDATE',
        record_type: 'TreatmentPlan',
        outcome: 'SUCCESS',
      });
    } finally {
      await api.stop();
    }
  }, 600_000);

  it('a discharge: the episode and its plan move together or not at all, and the audit agrees', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    expect((await h.transition(episodeId, 'DISCHARGE_PLANNING')).errors).toBeUndefined();
    const state = async () => ({
      episode: (
        await h.ds.query<{ status: string; version: number }[]>(
          `SELECT status, version FROM episode WHERE id = $1`,
          [episodeId],
        )
      )[0],
      plan: await planState(plan.id),
    });
    const before = await state();
    const discharge = (api: Replica, correlationId: string) =>
      post(
        api.url,
        DISCHARGE_MUTATION,
        {
          input: dischargeInput(
            episodeId,
            before.episode!.version,
            findEpisodeTransition('DISCHARGE_PLANNING', 'DISCHARGED')!.dischargeTypes![0]!,
            'Completed the program',
          ),
        },
        { cookie: h.clinician.cookie!, 'x-request-id': correlationId },
      );

    const crashed = `drill-${randomUUID()}`;
    await killMidway(
      (api) => discharge(api, crashed),
      ['episode', 'episode_transition', 'treatment_plan'],
    );
    expect(await state()).toEqual(before);
    expect(await eventsOf(crashed)).toEqual([]);

    const api = await replica();
    try {
      const retried = `drill-${randomUUID()}`;
      const answer = await discharge(api, retried);
      expect(answer.body.errors).toBeUndefined();
      const after = await state();
      expect(after.episode!.status).toBe('DISCHARGED');
      expect(after.plan.status).not.toBe(before.plan.status);
      expect((await eventsOf(retried)).map((e) => e.record_type)).toContain('Episode');
    } finally {
      await api.stop();
    }
  }, 600_000);
  it('taking attendance: a roster is saved whole or not at all, never twice, and the audit chain holds', async () => {
    const members = [];
    for (let i = 0; i < 8; i++) members.push(await h.newEpisode());
    const facilitator = h.clinicianStaff.id;
    const groupId = await createTestGroup(h.ds, h.program.id, facilitator, [facilitator]);
    await enrol(h.ds, groupId, facilitator, members);
    const sessionId = await createGroupSession(
      h.ds,
      h.program.id,
      groupId,
      facilitator,
      new Date(Date.now() - 86_400_000),
    );
    // Nothing recorded yet: every entry without a version.
    const entries = members.map((e) => ({ episodeId: e.id, status: 'PRESENT', version: null }));
    const record = (api: Replica, correlationId: string) =>
      post<{ recordAttendance: { __typename: string } }>(
        api.url,
        RECORD_ATTENDANCE,
        { input: { sessionId, entries } },
        { cookie: h.clinician.cookie!, 'x-request-id': correlationId },
      );
    /** Marks per client: an incomplete roster or a duplicate shows here. */
    const marks = () =>
      h.ds.query<{ episode_id: string; n: number }[]>(
        `SELECT episode_id, count(*)::int AS n FROM attendance WHERE session_id = $1 GROUP BY 1`,
        [sessionId],
      );
    const sessionStatus = async () =>
      (
        await h.ds.query<{ status: string }[]>(
          `SELECT status FROM clinical_session WHERE id = $1`,
          [sessionId],
        )
      )[0]!.status;

    const crashed = `drill-${randomUUID()}`;
    await killMidway((api) => record(api, crashed), ['attendance']);
    expect(await marks(), 'no mark of the interrupted roster survives').toEqual([]);
    expect(await sessionStatus()).toBe('SCHEDULED');
    expect(await eventsOf(crashed)).toEqual([]);

    const api = await replica();
    try {
      const retried = `drill-${randomUUID()}`;
      const answer = await record(api, retried);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.recordAttendance.__typename).toBe('SessionRoster');
      const saved = await marks();
      expect(saved.map((m) => m.episode_id).sort()).toEqual(members.map((e) => e.id).sort());
      expect(saved.every((m) => m.n === 1)).toBe(true);
      expect(await sessionStatus()).toBe('HELD');
      const created = (await eventsOf(retried)).filter(
        (e) => e.record_type === 'Attendance' && e.action === 'CREATE',
      );
      expect(created).toHaveLength(members.length);

      // The same roster sent again (as a client retrying after the crash would): refused as
      // stale, nothing recorded twice.
      const again = await record(api, `drill-${randomUUID()}`);
      expect(again.body.data?.recordAttendance.__typename).toBe('RosterConflict');
      expect((await marks()).every((m) => m.n === 1)).toBe(true);
    } finally {
      await api.stop();
    }
    // As `audit:verify` checks it: every event sealed into the chain, no link broken.
    const report = await verifyAuditChain(h.ds);
    expect(report.firstBreak).toBe(null);
    expect(report.ok).toBe(true);
  }, 600_000);
});
