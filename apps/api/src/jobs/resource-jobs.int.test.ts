import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkerUtils, runOnce } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { createTestProgram, createTestStaff, wallClockBefore } from '../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logging/logger.js';
import { workerLogger } from './job-runner.js';
import { resourceJobs } from './resource-jobs.js';

const TO_REVERIFY = /* GraphQL */ `
  query ($programIds: [ID!]) {
    resourcesToReverify(programIds: $programIds) {
      id
      version
      reverifyDueOn
    }
  }
`;

describe('background job: resources due for re-verification', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let cm: Caller;
  const ownerUrl = () => inject('databaseUrl');

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    await ds.query(
      `UPDATE program SET resource_reverify_days = 30, time_zone = 'America/Los_Angeles' WHERE id = $1`,
      [programId],
    );
    cm = await server.as(await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]));
  });
  afterAll(() => server?.close());

  const resource = async (name: string, verifiedDaysAgo: number | null) =>
    (
      await ds.query<{ id: string }[]>(
        `INSERT INTO community_resource (program_id, name, category, cost, last_verified_at)
         VALUES ($1, $2, 'FOOD', 'FREE', ${wallClockBefore('make_interval(days => $3)')})
         RETURNING id`,
        [programId, name, verifiedDaysAgo],
      )
    )[0]!.id;
  const today = async () =>
    (
      await ds.query<{ d: string }[]>(
        `SELECT to_char((now() AT TIME ZONE 'America/Los_Angeles')::date, 'YYYY-MM-DD') AS d`,
      )
    )[0]!.d;
  const daysBefore = async (n: number) =>
    (
      await ds.query<{ d: string }[]>(
        `SELECT to_char((now() AT TIME ZONE 'America/Los_Angeles')::date - $1::int, 'YYYY-MM-DD') AS d`,
        [n],
      )
    )[0]!.d;

  const runTwoRunners = async () => {
    const utils = await makeWorkerUtils({ connectionString: ownerUrl() });
    try {
      // As two API processes would each be handed the hourly job: queued twice, two runners.
      await utils.addJob('resources_reverify', {});
      await utils.addJob('resources_reverify', {});
    } finally {
      await utils.release();
    }
    const taskList = Object.fromEntries(resourceJobs.map((j) => [j.name, j.task]));
    const logger = workerLogger(createLogger('silent'));
    await Promise.all([
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
    ]);
  };

  it('two runners flag each stale resource once, from the day it fell due; re-verifying clears it', async () => {
    const stale = await resource('Eastside Pantry', 45);
    const never = await resource('Unchecked Shelter', null);
    const fresh = await resource('Fresh Clinic', 3);
    await runTwoRunners();
    const res = await cm.gql<{
      resourcesToReverify: { id: string; version: number; reverifyDueOn: string }[];
    }>(TO_REVERIFY, { programIds: [programId] });
    expect(res.errors).toBeUndefined();
    const due = new Map(res.data!.resourcesToReverify.map((r) => [r.id, r]));
    expect(due.get(stale)?.reverifyDueOn).toBe(await daysBefore(15));
    expect(due.get(never)?.reverifyDueOn).toBe(await today());
    expect(due.has(fresh)).toBe(false);
    // The flag is not an edit: nobody's open form goes stale because of it.
    expect(due.get(stale)?.version).toBe(1);

    const verified = await cm.gql<{ verifyCommunityResource: { reverifyDueOn: string | null } }>(
      `mutation ($input: VerifyCommunityResourceInput!) {
         verifyCommunityResource(input: $input) { reverifyDueOn }
       }`,
      { input: { programId, id: stale, version: 1 } },
    );
    expect(verified.data?.verifyCommunityResource.reverifyDueOn).toBeNull();
    await runTwoRunners();
    const after = await cm.gql<{ resourcesToReverify: { id: string }[] }>(TO_REVERIFY, {
      programIds: [programId],
    });
    expect(after.data!.resourcesToReverify.map((r) => r.id)).toEqual([never]);
  });

  it('a longer period set by the program clears a flag that is no longer due', async () => {
    const id = await resource('Lengthened Legal Aid', 40);
    await runTwoRunners();
    await ds.query(`UPDATE program SET resource_reverify_days = 90 WHERE id = $1`, [programId]);
    await runTwoRunners();
    const [row] = await ds.query<{ reverify_due_on: string | null }[]>(
      'SELECT reverify_due_on FROM community_resource WHERE id = $1',
      [id],
    );
    expect(row!.reverify_due_on).toBeNull();
    await ds.query(`UPDATE program SET resource_reverify_days = 30 WHERE id = $1`, [programId]);
  });

  it('only staff who may verify a program’s resources see its list', async () => {
    const other = (await createTestProgram(ds)).id;
    const outsider = await server.as(
      await createTestStaff(ds, [{ programId: other, role: 'CASE_MANAGER' }]),
    );
    const clinician = await server.as(
      await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]),
    );
    const mine = await outsider.gql<{ resourcesToReverify: unknown[] }>(TO_REVERIFY, {
      programIds: [programId],
    });
    expect(mine.data?.resourcesToReverify).toEqual([]);
    const refused = await clinician.gql(TO_REVERIFY, { programIds: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
