import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { ClientScope } from '../modules/access/client-scope.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { createSession, resolveSession } from '../modules/auth/session.service.js';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
  type TestEpisodeRecords,
} from '../testing/factories.js';
import { clientRecordSources } from './client-records.js';
import { recordsOutsideScope } from './records-outside-scope.js';

/**
 * The fuzzer's scope check against fabricated answers: a clinician of one program, their own
 * client's records (in scope) and those of a client of another program (out of scope).
 */
describe('the fuzzer’s check for records outside the caller’s scope', () => {
  let ds: DataSource;
  let scope: ClientScope;
  let own: { clientId: string; episodeId: string } & TestEpisodeRecords;
  let other: { clientId: string; episodeId: string } & TestEpisodeRecords;

  beforeAll(async () => {
    ds = createDataSource(inject('databaseUrl'), 2);
    await ds.initialize();
    const [mine, theirs] = [await createTestProgram(ds), await createTestProgram(ds)];
    const clinician = await createTestStaff(ds, [{ programId: mine.id, role: 'CLINICIAN' }]);
    const colleague = await createTestStaff(ds, [{ programId: theirs.id, role: 'CLINICIAN' }]);
    const chart = async (programId: string, staffId: string) => {
      const { client, episode } = await createTestClient(ds, {
        programId,
        primaryClinicianId: staffId,
      });
      const records = await createTestEpisodeRecords(ds, episode.id, staffId, { status: 'ACTIVE' });
      return { clientId: client.id, episodeId: episode.id, ...records };
    };
    own = await chart(mine.id, clinician.id);
    other = await chart(theirs.id, colleague.id);
    const { token } = await createSession(ds, clinician.id, 12);
    const viewer = (await resolveSession(ds, token, 60))!;
    scope = new ClientScope(ds, viewer, new AuditTrail(ds, randomUUID(), viewer.staffId));
  });
  afterAll(() => ds?.destroy());

  /** An answer as the API would shape it: a client, its episode, the plan's nested records. */
  const answer = (chart: typeof own) => ({
    client: {
      __typename: 'Client',
      id: chart.clientId,
      episodes: [
        {
          __typename: 'Episode',
          id: chart.episodeId,
          assessments: [{ __typename: 'Assessment', id: chart.assessmentId }],
          currentTreatmentPlan: {
            __typename: 'TreatmentPlan',
            id: chart.plan!.id,
            problems: [
              {
                __typename: 'PlanProblem',
                id: chart.plan!.problemId,
                goals: [{ __typename: 'PlanGoal', id: chart.plan!.goalId }],
              },
            ],
          },
        },
      ],
      program: { __typename: 'Program', id: randomUUID() },
    },
  });

  it('passes the caller’s own client’s records', async () => {
    expect(await recordsOutsideScope(scope, answer(own))).toEqual([]);
  });

  it('reports each record of another program’s client, nested or not', async () => {
    expect(await recordsOutsideScope(scope, answer(other))).toEqual([
      `Client ${other.clientId} outside the caller's scope`,
      `Episode ${other.episodeId} outside the caller's scope`,
      `Assessment ${other.assessmentId} outside the caller's scope`,
      `TreatmentPlan ${other.plan!.id} outside the caller's scope`,
      `PlanProblem ${other.plan!.problemId} outside the caller's scope`,
      `PlanGoal ${other.plan!.goalId} outside the caller's scope`,
    ]);
  });

  it('reports a lone out-of-scope episode among in-scope ones', async () => {
    const data = {
      episodes: [own.episodeId, other.episodeId].map((id) => ({ __typename: 'Episode', id })),
    };
    expect(await recordsOutsideScope(scope, data)).toEqual([
      `Episode ${other.episodeId} outside the caller's scope`,
    ]);
  });

  it('reports what it cannot check instead of passing it', async () => {
    const missing = randomUUID();
    const data = [
      { __typename: 'Episode', id: missing },
      { __typename: 'Episode', id: 'not-a-uuid' },
      { __typename: 'SomethingNew', id: missing },
    ];
    expect(await recordsOutsideScope(scope, data)).toEqual([
      'Episode not-a-uuid: not a record id, cannot be checked',
      `Episode ${missing}: not found where the scope check looks`,
      'SomethingNew: a type with an id the scope check does not know',
    ]);
  });

  it('runs every type’s SQL (a record that is not there is reported, not an error)', async () => {
    for (const [type, source] of Object.entries(clientRecordSources)) {
      const id = source.idType === 'bigint' ? '0' : randomUUID();
      expect(await recordsOutsideScope(scope, { __typename: type, id })).toEqual([
        `${type} ${id}: not found where the scope check looks`,
      ]);
    }
  });

  it('knows every table that holds a client’s or an episode’s id', async () => {
    const tables = await ds.query<{ name: string }[]>(
      `SELECT DISTINCT c.relname AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname IN ('client_id', 'episode_id')
       WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    const froms = Object.values(clientRecordSources).map((s) => s.from);
    const unread = tables
      .map((t) => t.name)
      .filter((name) => !froms.some((from) => new RegExp(`\\b${name}\\b`).test(from)));
    // Attendance reaches the API only as rosters and summaries, which carry no id of their own.
    expect(unread).toEqual(['attendance']);
  });
});
