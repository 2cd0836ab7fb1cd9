import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkerUtils, runOnce } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import type { EpisodeStatus } from '@waypoint/domain';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from '../logging/logger.js';
import { workerLogger } from './job-runner.js';
import { aftercareJobs } from './aftercare-jobs.js';

describe('background job: aftercare moves DISCHARGED → FOLLOW_UP → CLOSED', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let staffId: string;
  const ownerUrl = () => inject('databaseUrl');

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    staffId = (await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }])).id;
  });
  afterAll(() => server?.close());

  /** An episode in aftercare whose schedule starts and ends these many days from today. */
  async function inAftercare(status: EpisodeStatus, firstDueIn: number | null, endsIn: number) {
    const { episode, client } = await createTestClient(ds, { programId, status });
    await ds.query(
      `INSERT INTO discharge (episode_id, client_id, discharge_type, reason, discharged_at,
         follow_up_period_days, first_follow_up_on, follow_up_ends_on, summary, created_by_id)
       VALUES ($1, $2, 'COMPLETED', 'Goals met', now(), 90, current_date + $3::int,
         current_date + $4::int, '{}', $5)`,
      [episode.id, client.id, firstDueIn, endsIn, staffId],
    );
    return episode.id;
  }

  it('two runners move each episode once, step by step, with transitions and audit events', async () => {
    const starting = await inAftercare('DISCHARGED', -2, 60);
    const ending = await inAftercare('FOLLOW_UP', -80, -2);
    const both = await inAftercare('DISCHARGED', -100, -3);
    const notYet = await inAftercare('DISCHARGED', 5, 90);
    const noContacts = await inAftercare('DISCHARGED', null, -2);
    const ids = [starting, ending, both, notYet, noContacts];

    const utils = await makeWorkerUtils({ connectionString: ownerUrl() });
    try {
      // As two API processes would each be handed the job: queued twice, two runners draining.
      await utils.addJob('aftercare_advance', {});
      await utils.addJob('aftercare_advance', {});
    } finally {
      await utils.release();
    }
    const taskList = Object.fromEntries(aftercareJobs.map((j) => [j.name, j.task]));
    const logger = workerLogger(createLogger('silent'));
    await Promise.all([
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
      runOnce({ connectionString: ownerUrl(), taskList, logger, concurrency: 2 }),
    ]);

    const rows = await ds.query<{ id: string; status: string; version: number }[]>(
      'SELECT id, status, version FROM episode WHERE id = ANY($1)',
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(starting)).toMatchObject({ status: 'FOLLOW_UP', version: 2 });
    expect(byId.get(ending)).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(byId.get(both)).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(byId.get(notYet)).toMatchObject({ status: 'DISCHARGED', version: 1 });
    expect(byId.get(noContacts)).toMatchObject({ status: 'CLOSED', version: 2 });

    const moves = await ds.query<{ episode_id: string; from_status: string; to_status: string }[]>(
      `SELECT episode_id, from_status, to_status FROM episode_transition
       WHERE episode_id = ANY($1) ORDER BY occurred_at, from_status DESC`,
      [ids],
    );
    const of = (id: string) => moves.filter((m) => m.episode_id === id).map((m) => m.to_status);
    expect(of(starting)).toEqual(['FOLLOW_UP']);
    expect(of(ending)).toEqual(['CLOSED']);
    expect(of(both).sort()).toEqual(['CLOSED', 'FOLLOW_UP']);
    expect(of(noContacts)).toEqual(['CLOSED']);
    expect(of(notYet)).toEqual([]);
    const audited = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = 'job:aftercare_advance'
         AND record_id = ANY($1)`,
      [ids],
    );
    expect(audited[0]!.n).toBe(5);
  });
});
