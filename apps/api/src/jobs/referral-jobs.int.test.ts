import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkerUtils, runOnce } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logging/logger.js';
import { workerLogger } from './job-runner.js';
import { referralJobs } from './referral-jobs.js';

describe('background jobs: overdue referrals and expired consents', () => {
  let server: TestServer;
  let ds: DataSource;
  let episodeId: string;
  let clientId: string;
  let staffId: string;
  const ownerUrl = () => inject('databaseUrl');

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    staffId = (await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }])).id;
    ({
      episode: { id: episodeId },
      client: { id: clientId },
    } = await createTestClient(ds, { programId: program.id, caseManagerId: staffId }));
  });
  afterAll(() => server?.close());

  const referral = async (status: string, dueBy: string) =>
    (
      await ds.query<{ id: string }[]>(
        `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose,
           information_to_send, urgency, status, due_by, created_by_id)
         VALUES ($1, $2, 'Harbor Jobs', 'Work', 'CARE_COORDINATION', 'Attendance', 'ROUTINE', $3, $4::date, $5)
         RETURNING id`,
        [episodeId, clientId, status, dueBy, staffId],
      )
    )[0]!.id;

  it('two runners on one database move each overdue referral to NO_RESPONSE exactly once', async () => {
    const overdue = [await referral('SENT', '2026-01-01'), await referral('SENT', '2026-01-02')];
    const notDue = await referral('SENT', '2099-01-01');
    const answered = await referral('ACCEPTED', '2026-01-01');
    const utils = await makeWorkerUtils({ connectionString: ownerUrl() });
    try {
      // As two API processes would each be handed the job: both queued, both runners draining.
      await utils.addJob('referrals_no_response', {});
      await utils.addJob('referrals_no_response', {});
      await utils.addJob('referrals_no_response', {});
    } finally {
      await utils.release();
    }
    const taskList = Object.fromEntries(referralJobs.map((j) => [j.name, j.task]));
    const logger = workerLogger(createLogger('silent'));
    await Promise.all([
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
    ]);
    const rows = await ds.query<{ id: string; status: string; version: number }[]>(
      'SELECT id, status, version FROM referral WHERE id = ANY($1)',
      [[...overdue, notDue, answered]],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of overdue)
      expect(byId.get(id)).toMatchObject({ status: 'NO_RESPONSE', version: 2 });
    expect(byId.get(notDue)).toMatchObject({ status: 'SENT', version: 1 });
    expect(byId.get(answered)).toMatchObject({ status: 'ACCEPTED', version: 1 });
    const changes = await ds.query<{ referral_id: string }[]>(
      `SELECT referral_id FROM referral_status_change WHERE referral_id = ANY($1)`,
      [overdue],
    );
    expect(changes.map((c) => c.referral_id).sort()).toEqual([...overdue].sort());
    const audited = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = 'job:referrals_no_response'
         AND record_id = ANY($1)`,
      [overdue],
    );
    expect(audited[0]!.n).toBe(2);
  });

  it('a consent past its expiry date becomes EXPIRED once; an unexpired one stays ACTIVE', async () => {
    const consent = async (expiresOn: string) =>
      (
        await ds.query<{ id: string }[]>(
          `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
             purposes, purpose_description, revocation_statement, created_by_id, expires_on, signed_at)
           VALUES ($1, $2, 'ACTIVE', 'P', 'Details', '{CARE_COORDINATION}', 'p', 'r', $3, $4::date, now())
           RETURNING id`,
          [episodeId, clientId, staffId, expiresOn],
        )
      )[0]!.id;
    const old = await consent('2026-01-01');
    const current = await consent('2099-01-01');
    const task = referralJobs.find((j) => j.name === 'consents_expire')!;
    const logger = workerLogger(createLogger('silent'));
    const utils = await makeWorkerUtils({ connectionString: ownerUrl() });
    await utils.addJob('consents_expire', {});
    await utils.release();
    await runOnce({
      connectionString: ownerUrl(),
      taskList: { consents_expire: task.task },
      logger,
    });
    const rows = await ds.query<{ id: string; status: string }[]>(
      'SELECT id, status FROM consent WHERE id = ANY($1) ORDER BY expires_on',
      [[old, current]],
    );
    expect(rows.map((r) => r.status)).toEqual(['EXPIRED', 'ACTIVE']);
  });
});
